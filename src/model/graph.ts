/**
 * Conversion between the model and a Graphology graph holding every actor and
 * tie with its attributes. The graph is mixed (directed and undirected ties
 * coexist) and multi (two actors may have ties of several types); node keys
 * are actor ids, edge keys are tie ids. The analyses compute on a lighter,
 * simple graph of their own (analysis/analysis-graph.ts), built in the
 * analysis worker; the page keeps no graph.
 */
import Graph from 'graphology';
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

/** Reads a network back from a graph built by `toGraph` (or edited since). */
export function fromGraph(graph: StakeholderGraph): Network {
  const meta = structuredClone(graph.getAttributes());
  const actors = graph.mapNodes((id, attributes): Actor => ({ id, ...structuredClone(attributes) }));
  const ties = graph.mapEdges((id, attributes, source, target, _sourceAttributes, _targetAttributes, undirected): Tie => ({
    id,
    source,
    target,
    directed: !undirected,
    ...structuredClone(attributes),
  }));
  return { ...meta, actors, ties };
}
