/**
 * Conversion between the model and a Graphology graph: the one graph model
 * that analysis and views share. The graph is mixed (directed and undirected
 * ties coexist) and multi (two actors may have ties of several types); node
 * keys are actor ids, edge keys are tie ids.
 */
import Graph from 'graphology';
import type { Edit } from './edits';
import type { Actor, Network, NetworkMeta, Tie } from './types';

/** Node attributes: the actor without its id (the id is the node key). */
export type ActorAttributes = Omit<Actor, 'id'>;
/** Edge attributes: the tie without id, ends and direction (the graph holds those). */
export type TieAttributes = Omit<Tie, 'id' | 'source' | 'target' | 'directed'>;

export type StakeholderGraph = Graph<ActorAttributes, TieAttributes, NetworkMeta>;

/** Builds a mixed multi-graph from a valid network. */
export function toGraph(network: Network): StakeholderGraph {
  const graph: StakeholderGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  const { actors, ties, ...meta } = network;
  graph.replaceAttributes(structuredClone(meta));
  for (const { id, ...attributes } of actors) graph.addNode(id, structuredClone(attributes));
  for (const { id, source, target, directed, ...attributes } of ties) {
    const copy = structuredClone(attributes);
    if (directed) graph.addDirectedEdgeWithKey(id, source, target, copy);
    else graph.addUndirectedEdgeWithKey(id, source, target, copy);
  }
  return graph;
}

function addTie(graph: StakeholderGraph, { id, source, target, directed, ...attributes }: Tie): void {
  const copy = structuredClone(attributes);
  if (directed) graph.addDirectedEdgeWithKey(id, source, target, copy);
  else graph.addUndirectedEdgeWithKey(id, source, target, copy);
}

/**
 * Changes a graph built by `toGraph(before)` in place so that it is
 * `toGraph(after)`, where `after` is `before` with `edit` applied: only what
 * the edit touches is added, removed or rewritten, so an edit costs its size
 * and not the network's.
 */
export function applyEditToGraph(graph: StakeholderGraph, edit: Edit, after: Network): void {
  switch (edit.kind) {
    case 'insertActors':
      for (const { actor } of edit.items) {
        const { id, ...attributes } = actor;
        graph.addNode(id, structuredClone(attributes));
      }
      return;
    case 'deleteActors':
      // The actor's ties go with it, as in the model.
      for (const id of edit.ids) if (graph.hasNode(id)) graph.dropNode(id);
      return;
    case 'insertTies':
      for (const { tie } of edit.items) addTie(graph, tie);
      return;
    case 'deleteTies':
      for (const id of edit.ids) if (graph.hasEdge(id)) graph.dropEdge(id);
      return;
    case 'updateActors': {
      const changed = new Set(edit.changes.map((c) => c.id));
      for (const actor of after.actors) {
        if (!changed.has(actor.id)) continue;
        const { id, ...attributes } = actor;
        graph.replaceNodeAttributes(id, structuredClone(attributes));
      }
      return;
    }
    case 'updateTies': {
      // A change of direction changes the kind of edge: the edge is written again from the tie as it is now.
      const changed = new Set(edit.changes.map((c) => c.id));
      for (const tie of after.ties) {
        if (!changed.has(tie.id)) continue;
        if (graph.hasEdge(tie.id)) graph.dropEdge(tie.id);
        addTie(graph, tie);
      }
      return;
    }
    case 'batch':
      for (const part of edit.edits) applyEditToGraph(graph, part, after);
      return;
  }
}

/** Reads a network back from a graph built by `toGraph` (or edited since). */
export function fromGraph(graph: StakeholderGraph): Network {
  const meta = structuredClone(graph.getAttributes());
  const actors = graph.mapNodes((id, attributes): Actor => ({ id, ...structuredClone(attributes) }));
  const ties = graph.mapEdges(
    (id, attributes, source, target, _sourceAttributes, _targetAttributes, undirected): Tie => ({
      id,
      source,
      target,
      directed: !undirected,
      ...structuredClone(attributes),
    }),
  );
  return { ...meta, actors, ties };
}
