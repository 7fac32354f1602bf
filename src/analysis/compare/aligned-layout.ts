/**
 * Positions for drawing two networks side by side so that an actor the two
 * share stands in the same place in both: the first is laid out (or keeps
 * the positions it was drawn with), the second is laid out with its shared
 * actors held where the first put them, and both are scaled into one frame.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Network } from '../../model/types';

export type Positions = Record<string, { x: number; y: number }>;

interface Node extends SimulationNodeDatum {
  id: string;
}

/** A fixed linear congruential generator, so the same networks give the same drawing. */
function lcg(seed = 1): () => number {
  let state = seed >>> 0;
  return () => (state = (1664525 * state + 1013904223) >>> 0) / 4294967296;
}

/** Fewer steps for big networks (each step costs about n log n), cooling faster so the layout still settles. */
function ticksFor(n: number): number {
  return n <= 300 ? 300 : Math.max(60, Math.round(90_000 / n));
}

function forceLayout(network: Network, held: Positions = {}, spread = 1): Positions {
  // Every actor held where the first drawing put it: nothing to lay out.
  if (network.actors.every((a) => held[a.id])) return Object.fromEntries(network.actors.map((a) => [a.id, held[a.id]!]));
  const ticks = ticksFor(network.actors.length);
  const nodes: Node[] = network.actors.map((a) => {
    const at = held[a.id];
    return at ? { id: a.id, x: at.x, y: at.y, fx: at.x, fy: at.y } : { id: a.id };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const links = network.ties
    .filter((t) => t.source !== t.target && ids.has(t.source) && ids.has(t.target))
    .map((t) => ({ source: t.source, target: t.target }));
  const simulation = forceSimulation(nodes)
    .randomSource(lcg())
    .force('charge', forceManyBody().strength(-120 * spread * spread))
    .force(
      'link',
      forceLink<Node, { source: string; target: string }>(links)
        .id((n) => n.id)
        .distance(45 * spread),
    )
    .force('collide', forceCollide(12 * spread))
    // Weak pulls to the middle keep separate components on the page.
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.06))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  if (Object.keys(held).length === 0) simulation.force('center', forceCenter(0, 0));
  for (let i = 0; i < ticks; i++) simulation.tick();
  return Object.fromEntries(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}

/** Scales positions into [0, 1] × [0, 1] with one factor for both axes, the same for every set given. */
function intoOneFrame(sets: Positions[]): Positions[] {
  const all = sets.flatMap((set) => Object.values(set));
  if (all.length === 0) return sets;
  const minX = Math.min(...all.map((p) => p.x));
  const maxX = Math.max(...all.map((p) => p.x));
  const minY = Math.min(...all.map((p) => p.y));
  const maxY = Math.max(...all.map((p) => p.y));
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const offsetX = (1 - (maxX - minX) / span) / 2;
  const offsetY = (1 - (maxY - minY) / span) / 2;
  return sets.map((set) =>
    Object.fromEntries(Object.entries(set).map(([id, p]) => [id, { x: offsetX + (p.x - minX) / span, y: offsetY + (p.y - minY) / span }])),
  );
}

/**
 * `aToB`: the accepted matches. `firstPositions`: where the first network was
 * drawn, used when it covers every actor of it.
 */
export function alignedLayouts(
  first: Network,
  second: Network,
  aToB: ReadonlyMap<string, string>,
  firstPositions?: Positions,
): { a: Positions; b: Positions } {
  const covered = firstPositions && first.actors.every((a) => firstPositions[a.id]);
  const a = covered ? firstPositions : forceLayout(first);
  const held: Positions = {};
  for (const [idA, idB] of aToB) if (a[idA]) held[idB] = a[idA];
  // A smaller network is spread wider, so that in the shared frame it fills about as much of its panel.
  const spread = Math.max(1, Math.sqrt(first.actors.length / Math.max(1, second.actors.length)));
  const b = forceLayout(second, held, spread);
  const [fa, fb] = intoOneFrame([a, b]);
  return { a: fa!, b: fb! };
}
