/** The actors within a number of steps of one actor, following ties in either direction. */
import type { Network } from './types';

export function neighbourhood(network: Network, centre: string, steps: number): Set<string> {
  const neighbours = new Map<string, string[]>();
  for (const t of network.ties) {
    (neighbours.get(t.source) ?? neighbours.set(t.source, []).get(t.source)!).push(t.target);
    (neighbours.get(t.target) ?? neighbours.set(t.target, []).get(t.target)!).push(t.source);
  }
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return reached;
}
