/**
 * Burt's constraint: how much an actor's contacts are tied to each other.
 * Low constraint means the actor bridges structural holes; 1 means a single
 * contact (or a closed clique) fully constrains it.
 *
 * c(i) = Σ_j ( p(i,j) + Σ_q p(i,q)·p(q,j) )², over i's neighbours j, q ≠ i, j,
 * where p(i,j) = w(i,j) / Σ_k w(i,k) is the share of i's tie weight spent on j.
 * Isolates have no constraint (null).
 *
 * Computed on the CSR adjacency: for each actor i, its contacts are marked
 * with their slot, then every contact q's own ties add p(i,q)·p(q,j) to the
 * indirect share of each j that is also i's contact. That is Σ_q deg(q) work
 * per actor, where looking each p up in the graph costs deg(i)³.
 */
import { toAdjacency } from './adjacency';
import type { AnalysisGraph } from './analysis-graph';

export function constraint(graph: AnalysisGraph): Map<string, number | null> {
  const { ids, offsets, neighbours, weights } = toAdjacency(graph);
  const n = ids.length;
  const strength = new Float64Array(n);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) strength[i]! += weights[k]!;
    maxDegree = Math.max(maxDegree, offsets[i + 1]! - offsets[i]!);
  }
  /** slot[j] = position of j among the current actor's contacts + 1 (0: not a contact). */
  const slot = new Int32Array(n);
  /** indirect[s] = Σ_q p(i,q)·p(q,j) for the contact j in slot s. */
  const indirect = new Float64Array(maxDegree);
  const result = new Map<string, number | null>();
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (start === end) {
      result.set(ids[i]!, null);
      continue;
    }
    for (let k = start; k < end; k++) {
      slot[neighbours[k]!] = k - start + 1;
      indirect[k - start] = 0;
    }
    for (let k = start; k < end; k++) {
      const q = neighbours[k]!;
      const piq = weights[k]! / strength[i]!;
      for (let m = offsets[q]!; m < offsets[q + 1]!; m++) {
        const at = slot[neighbours[m]!]!;
        if (at > 0) indirect[at - 1]! += piq * (weights[m]! / strength[q]!);
      }
    }
    let c = 0;
    for (let k = start; k < end; k++) {
      c += (weights[k]! / strength[i]! + indirect[k - start]!) ** 2;
      slot[neighbours[k]!] = 0;
    }
    result.set(ids[i]!, c);
  }
  return result;
}
