/**
 * The graph most analyses run on: undirected and simple. Parallel ties
 * between two actors (a dialogue and a funding tie, or A→B and B→A) become
 * one edge whose weight is the sum of their strengths; self-loops are
 * ignored (the model refuses them anyway). Every actor is a node, isolates
 * included.
 */
import Graph from 'graphology';
import type { Network } from '../model/types';

/** A tie whose strength nobody assessed counts as the weakest, 1 (the method notes say how many). */
export const UNASSESSED_STRENGTH = 1;

export interface EdgeWeight {
  /** Sum of the strengths (1–3) of the ties merged into this edge. */
  weight: number;
  /** How many ties were merged. */
  ties: number;
}

export type AnalysisGraph = Graph<Record<string, never>, EdgeWeight>;

export function toAnalysisGraph(network: Network): AnalysisGraph {
  const graph: AnalysisGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const actor of network.actors) graph.addNode(actor.id);
  for (const tie of network.ties) {
    if (tie.source === tie.target || !graph.hasNode(tie.source) || !graph.hasNode(tie.target)) continue;
    graph.updateEdge(tie.source, tie.target, (attributes) => ({
      weight: (attributes.weight ?? 0) + (tie.strength ?? UNASSESSED_STRENGTH),
      ties: (attributes.ties ?? 0) + 1,
    }));
  }
  return graph;
}
