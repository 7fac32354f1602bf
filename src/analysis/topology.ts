/**
 * The ties of a network as numbers, for the analysis worker. Kept apart from
 * the graph it becomes (analysis-graph.ts), so the page can make it without
 * loading Graphology.
 */
import type { Network } from '../model/types';

/** A tie whose strength nobody assessed counts as the weakest, 1 (the method notes say how many). */
export const UNASSESSED_STRENGTH = 1;

/**
 * The ties as numbers: each tie (self-loops and ties to unknown actors left out) as the positions of its two
 * actors in `ids` and its strength. Small, and sent to a worker without a copy (its arrays are transferred),
 * where a whole network would be cloned field by field.
 */
export interface Topology {
  ids: string[];
  sources: Int32Array;
  targets: Int32Array;
  strengths: Float64Array;
}

export function topologyOf(network: Network): Topology {
  const index = new Map<string, number>();
  const ids = network.actors.map((actor, i) => {
    index.set(actor.id, i);
    return actor.id;
  });
  const sources: number[] = [];
  const targets: number[] = [];
  const strengths: number[] = [];
  for (const tie of network.ties) {
    const a = index.get(tie.source);
    const b = index.get(tie.target);
    if (a === undefined || b === undefined || a === b) continue;
    sources.push(a);
    targets.push(b);
    strengths.push(tie.strength ?? UNASSESSED_STRENGTH);
  }
  return { ids, sources: Int32Array.from(sources), targets: Int32Array.from(targets), strengths: Float64Array.from(strengths) };
}
