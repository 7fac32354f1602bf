/**
 * The drawing of a large network, refined: fCoSE's quick spectral pass
 * (layouts.ts) gives its overall shape in a fraction of a second but leaves
 * thousands of actors heaped on one another. This takes that drawing on with
 * ForceAtlas2 (graphology-layout-forceatlas2, Barnes–Hut above 1,000 actors:
 * groups of actors tied to one another draw together, apart from the rest),
 * then Noverlap (graphology-layout-noverlap) moves apart the actors that
 * still overlap. It runs in a worker (layout.worker.ts), telling its progress.
 *
 * Two steps because neither does the job alone: ForceAtlas2 spreads the heap
 * and keeps tied actors near each other but treats actors as points, so some
 * still overlap; Noverlap alone would push heaped actors apart without regard
 * to their ties. The bench times it and counts the overlapping pairs before
 * and after (docs/benchmarks.md).
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';

/** Actors and ties as flat arrays, as they are sent to the worker. */
export interface LayoutInput {
  /** Where each actor is now (the quick drawing), and its radius, in drawing units. */
  x: Float64Array;
  y: Float64Array;
  radius: Float64Array;
  /** 1 for an actor placed by hand (pinned): it does not move. */
  fixed: Uint8Array;
  /** Each tie as the indices of its two actors. */
  sources: Uint32Array;
  targets: Uint32Array;
}

export interface LayoutOutput {
  x: Float64Array;
  y: Float64Array;
}

/** The usual distance between two tied actors in the result, in drawing units (fCoSE's ideal tie length). */
export const TIE_LENGTH = 75;
/** Room kept between two actors' edges once they are moved apart. */
const MARGIN = 4;
/** ForceAtlas2 steps run, fewer on very large networks (each step costs about n log n + m). */
export function forceSteps(actors: number): number {
  return Math.max(60, Math.min(200, Math.round(600_000 / Math.max(1, actors))));
}
const NOVERLAP_STEPS = 60;
/** The drawing's box is at least this many times the area of the squares around its actors. */
const ROOM = 2.5;
/** Progress is told after this many steps. */
const CHUNK = 10;

/**
 * The refined positions. `onProgress` is told how many steps of how many are
 * done. (It is stopped by stopping its worker.)
 */
export function refineLayout(input: LayoutInput, onProgress: (done: number, total: number) => void = () => {}): LayoutOutput {
  const n = input.x.length;
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  for (let i = 0; i < n; i++) {
    graph.addNode(String(i), { x: input.x[i]!, y: input.y[i]!, size: input.radius[i]!, fixed: input.fixed[i] === 1 });
  }
  for (let e = 0; e < input.sources.length; e++) {
    const s = input.sources[e]!;
    const t = input.targets[e]!;
    if (s !== t) graph.addEdge(String(s), String(t));
  }
  const steps = forceSteps(n);
  const total = steps + NOVERLAP_STEPS;
  const anyFixed = input.fixed.some((f) => f === 1);

  // ForceAtlas2 with the settings graphology infers for the size, LinLog off (clusters kept readable, not
  // collapsed to points); its result has its own scale.
  const settings = { ...forceAtlas2.inferSettings(n), barnesHutOptimize: n > 1000 };
  for (let done = 0; done < steps;) {
    const chunk = Math.min(CHUNK, steps - done);
    forceAtlas2.assign(graph, { iterations: chunk, settings, getEdgeWeight: null });
    done += chunk;
    onProgress(done, total);
  }

  // Back to the drawing's scale: the median tie as long as fCoSE's ideal one, and at least room enough for every
  // actor (not when actors are pinned: they stay where the user put them, and the others settled around them).
  if (!anyFixed) rescale(graph, TIE_LENGTH, input.radius);

  // Actors still overlapping moved apart, their radii plus a margin. Pinned actors are put back where they were.
  noverlap.assign(graph, {
    maxIterations: NOVERLAP_STEPS,
    settings: { margin: MARGIN, ratio: 1, expansion: 1.1, gridSize: 20 },
    outputReducer: (key, attributes) =>
      input.fixed[Number(key)] === 1 ? { ...attributes, x: input.x[Number(key)]!, y: input.y[Number(key)]! } : attributes,
  });
  onProgress(total, total);

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  graph.forEachNode((key, attributes) => {
    x[Number(key)] = attributes.x as number;
    y[Number(key)] = attributes.y as number;
  });
  return { x, y };
}

/**
 * Scales the drawing about its centre so that its median tie is `length` long, or more if the drawing's box would
 * then be smaller than ROOM times the squares the actors need (Noverlap then has little left to move).
 */
function rescale(graph: Graph, length: number, radius: Float64Array): void {
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    lengths.push(Math.hypot((a.x as number) - (b.x as number), (a.y as number) - (b.y as number)));
  });
  lengths.sort((p, q) => p - q);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  let cx = 0;
  let cy = 0;
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  graph.forEachNode((_node, attributes) => {
    const x = attributes.x as number;
    const y = attributes.y as number;
    cx += x;
    cy += y;
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  });
  cx /= graph.order;
  cy /= graph.order;
  let needed = 0;
  for (const r of radius) needed += (2 * r + MARGIN) ** 2;
  const area = (x2 - x1) * (y2 - y1);
  const byTies = median > 0 ? length / median : 1;
  const byRoom = area > 0 ? Math.sqrt((ROOM * needed) / area) : 1;
  const factor = Math.max(byTies, byRoom);
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: cx + ((attributes.x as number) - cx) * factor,
    y: cy + ((attributes.y as number) - cy) * factor,
  }));
}

/** Pairs of actors drawn over each other (closer than the sum of their radii): the measure of a heap. */
export function overlappingPairs(x: ArrayLike<number>, y: ArrayLike<number>, radius: ArrayLike<number>): number {
  // A grid of cells as wide as the largest actor: only actors in neighbouring cells can overlap.
  const n = x.length;
  let cell = 0;
  for (let i = 0; i < n; i++) cell = Math.max(cell, 2 * radius[i]!);
  if (!(cell > 0)) return 0;
  const cells = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const key = `${Math.floor(x[i]! / cell)},${Math.floor(y[i]! / cell)}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  }
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const gx = Math.floor(x[i]! / cell);
    const gy = Math.floor(y[i]! / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${gx + dx},${gy + dy}`) ?? []) {
          if (j > i && Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!) < radius[i]! + radius[j]!) pairs++;
        }
      }
    }
  }
  return pairs;
}
