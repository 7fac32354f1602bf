/**
 * Communities (Louvain, seeded so a run repeats), their modularity, and
 * connected components. Communities are numbered from 1 by size, largest
 * first, so "community 1" means the same group on every run.
 */
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import type { AnalysisGraph } from './analysis-graph';
import { mulberry32 } from './random';

export interface Communities {
  /** Community number (1 = largest) per actor. */
  of: Map<string, number>;
  /** Members per community number, largest first. */
  members: string[][];
  modularity: number;
}

export function detectCommunities(graph: AnalysisGraph, seed = 1, resolution = 1): Communities {
  if (graph.size === 0) {
    const members = graph.nodes().map((n) => [n]);
    return { of: new Map(members.map((m, i) => [m[0]!, i + 1])), members, modularity: 0 };
  }
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed), resolution });
  const groups = new Map<number, string[]>();
  for (const [node, community] of Object.entries(detailed.communities)) {
    (groups.get(community) ?? groups.set(community, []).get(community)!).push(node);
  }
  // Members in the network's order, and communities largest first (a tie: the one whose first member comes first).
  const position = new Map(graph.nodes().map((id, i) => [id, i]));
  const members = [...groups.values()]
    .map((m) => m.sort((a, b) => position.get(a)! - position.get(b)!))
    .sort((a, b) => b.length - a.length || position.get(a[0]!)! - position.get(b[0]!)!);
  const of = new Map<string, number>();
  members.forEach((group, i) => group.forEach((node) => of.set(node, i + 1)));
  return { of, members, modularity: detailed.modularity };
}

/** Connected components, largest first. */
export function components(graph: AnalysisGraph): string[][] {
  return connectedComponents(graph).sort((a, b) => b.length - a.length);
}
