/**
 * The graph most analyses run on: undirected and simple. Parallel ties
 * between two actors (a dialogue and a funding tie, or A→B and B→A) become
 * one edge whose weight is the sum of their strengths; self-loops are
 * ignored (the model refuses them anyway). Every actor is a node, isolates
 * included.
 */
import Graph from 'graphology';
import type { Network } from '../model/types';
import { topologyOf, type Topology } from './topology';

export { UNASSESSED_STRENGTH, topologyOf, type Topology } from './topology';

export interface EdgeWeight {
  /** Sum of the strengths (1–3) of the ties merged into this edge. */
  weight: number;
  /** How many ties were merged. */
  ties: number;
}

export type AnalysisGraph = Graph<Record<string, never>, EdgeWeight>;

export function graphFromTopology({ ids, sources, targets, strengths }: Topology): AnalysisGraph {
  const graph: AnalysisGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of ids) graph.addNode(id);
  for (let i = 0; i < sources.length; i++) {
    const strength = strengths[i]!;
    graph.updateEdge(ids[sources[i]!]!, ids[targets[i]!]!, (attributes) => ({
      weight: (attributes.weight ?? 0) + strength,
      ties: (attributes.ties ?? 0) + 1,
    }));
  }
  return graph;
}

export function toAnalysisGraph(network: Network): AnalysisGraph {
  return graphFromTopology(topologyOf(network));
}
