/**
 * What the grid views show, computed apart from any drawing: the
 * power/interest grid (axes from any assessed attribute or metric, quadrants,
 * actors not assessed kept apart), trust between pillars or sectors (ties,
 * mean assessed trust with its n, share not assessed), engagement stages and
 * VPs knowledge and interest by pillar, and the order of an adjacency matrix
 * (by community, then by ties).
 */
import { basisOf } from '../model/basis';
import type { Actor, Network } from '../model/types';
import {
  CAPACITY,
  ENGAGEMENT_STAGES,
  INFLUENCE,
  PILLARS,
  SECTORS,
  STANCE,
  VP_INTEREST,
  VP_KNOWLEDGE,
  pillarOf,
  type Basis,
  type Pillar,
  type Scale,
} from '../model/vocabularies';

/** An axis of the grid: an assessed attribute of the actors (a scale), or a computed metric. */
export type AxisId =
  | 'influence'
  | 'vpInterest'
  | 'vpKnowledge'
  | 'stance'
  | 'technical'
  | 'humanRights'
  | 'conflictPrevention'
  | 'impartiality'
  | `metric:${string}`;

export const ATTRIBUTE_AXES: Record<Exclude<AxisId, `metric:${string}`>, Scale> = {
  influence: INFLUENCE,
  vpInterest: VP_INTEREST,
  vpKnowledge: VP_KNOWLEDGE,
  stance: STANCE,
  technical: CAPACITY,
  humanRights: CAPACITY,
  conflictPrevention: CAPACITY,
  impartiality: CAPACITY,
};

export const isAttributeAxis = (axis: AxisId): axis is Exclude<AxisId, `metric:${string}`> => axis in ATTRIBUTE_AXES;

/** The value an axis gives an actor, or null when not assessed (or not computed). */
export function axisValue(actor: Actor, axis: AxisId, metrics: ReadonlyMap<string, Record<string, number | null>> | null): number | null {
  if (!isAttributeAxis(axis)) return metrics?.get(actor.id)?.[axis.slice(7)] ?? null;
  if (axis === 'technical' || axis === 'humanRights' || axis === 'conflictPrevention' || axis === 'impartiality')
    return actor.capacities[axis];
  return actor[axis];
}

/** How far a plotted value rests on a source: a metric is computed from the ties. */
export type ValueBasis = Basis | 'computed';

function axisBasis(actor: Actor, axis: AxisId): ValueBasis {
  return isAttributeAxis(axis) ? basisOf(actor, axis) : 'computed';
}

export type Quadrant = 'manageClosely' | 'keepSatisfied' | 'keepInformed' | 'monitor';

export interface GridMark {
  id: string;
  x: number;
  y: number;
  basis: { x: ValueBasis; y: ValueBasis };
  quadrant: Quadrant;
}

export interface PowerInterestGrid {
  marks: GridMark[];
  /** Actors with one value or both not assessed: listed apart, never drawn at zero. */
  notAssessed: { id: string; missing: ('x' | 'y')[] }[];
  /** Where an axis splits into low and high: values at or above it are high. */
  split: { x: number; y: number };
  /** The axis' range: the scale's for an attribute, the values' for a metric. */
  domain: { x: [number, number]; y: [number, number] };
}

/** The middle of a scale (an attribute) or of the values seen (a metric). */
function axisDomain(axis: AxisId, values: number[]): [number, number] {
  if (isAttributeAxis(axis)) return [ATTRIBUTE_AXES[axis].min, ATTRIBUTE_AXES[axis].max];
  return values.length > 0 ? [Math.min(...values), Math.max(...values)] : [0, 1];
}

/**
 * The classic stakeholder grid: `x` is interest (or any axis), `y` is power.
 * A value at or above the middle of its axis is high: on influence 1–5 the
 * middle is 3, so 3, 4 and 5 are high; on interest 0–3 it is 1.5, so 2 and 3.
 * High power and high interest: manage closely; high power, low interest:
 * keep satisfied; low power, high interest: keep informed; else monitor.
 */
export function powerInterest(
  actors: readonly Actor[],
  axes: { x: AxisId; y: AxisId },
  metrics: ReadonlyMap<string, Record<string, number | null>> | null = null,
): PowerInterestGrid {
  const rows = actors.map((actor) => ({ actor, x: axisValue(actor, axes.x, metrics), y: axisValue(actor, axes.y, metrics) }));
  const domain = {
    x: axisDomain(
      axes.x,
      rows.flatMap((r) => (r.x === null ? [] : [r.x])),
    ),
    y: axisDomain(
      axes.y,
      rows.flatMap((r) => (r.y === null ? [] : [r.y])),
    ),
  };
  const split = { x: (domain.x[0] + domain.x[1]) / 2, y: (domain.y[0] + domain.y[1]) / 2 };
  const marks: GridMark[] = [];
  const notAssessed: PowerInterestGrid['notAssessed'] = [];
  for (const { actor, x, y } of rows) {
    if (x === null || y === null) {
      notAssessed.push({ id: actor.id, missing: [...(x === null ? ['x' as const] : []), ...(y === null ? ['y' as const] : [])] });
      continue;
    }
    const highX = x >= split.x;
    const highY = y >= split.y;
    marks.push({
      id: actor.id,
      x,
      y,
      basis: { x: axisBasis(actor, axes.x), y: axisBasis(actor, axes.y) },
      quadrant: highY ? (highX ? 'manageClosely' : 'keepSatisfied') : highX ? 'keepInformed' : 'monitor',
    });
  }
  return { marks, notAssessed, split, domain };
}

export type GroupBy = 'pillar' | 'sector';

export interface TrustCell {
  /** The two groups, in the order of the vocabulary (row ≤ column). */
  row: string;
  col: string;
  ties: string[];
  /** Ties whose trust was assessed, and their mean (null when none was). */
  assessed: number;
  meanTrust: number | null;
  /** Share of the ties whose trust was not assessed (0–1; 0 when there are no ties). */
  notAssessedShare: number;
}

export interface TrustMatrix {
  groups: string[];
  /** Every unordered pair of groups present, the diagonal (within a group) included. */
  cells: TrustCell[];
}

/**
 * Trust between groups of actors: for each pair of pillars (or sectors) the
 * ties between their actors, whatever their direction, the mean of the
 * assessed trust and how many were not assessed. A pair with no tie has an
 * empty list: "no ties" is not "trust not assessed".
 */
export function trustMatrix(
  network: Network,
  by: GroupBy,
  visible?: { actors: ReadonlySet<string>; ties: ReadonlySet<string> },
): TrustMatrix {
  const groupOf = new Map<string, string>(network.actors.map((a) => [a.id, by === 'pillar' ? pillarOf(a.sector) : a.sector]));
  const order: readonly string[] = by === 'pillar' ? PILLARS : SECTORS;
  const present = new Set(network.actors.filter((a) => !visible || visible.actors.has(a.id)).map((a) => groupOf.get(a.id)!));
  const groups = order.filter((g) => present.has(g));
  const index = new Map(groups.map((g, i) => [g, i]));
  const cells = new Map<string, TrustCell>();
  for (let i = 0; i < groups.length; i++) {
    for (let j = i; j < groups.length; j++)
      cells.set(`${i}|${j}`, { row: groups[i]!, col: groups[j]!, ties: [], assessed: 0, meanTrust: null, notAssessedShare: 0 });
  }
  const sums = new Map<string, number>();
  for (const tie of network.ties) {
    if (visible && !visible.ties.has(tie.id)) continue;
    const a = index.get(groupOf.get(tie.source) ?? '');
    const b = index.get(groupOf.get(tie.target) ?? '');
    if (a === undefined || b === undefined) continue;
    const key = a <= b ? `${a}|${b}` : `${b}|${a}`;
    const cell = cells.get(key)!;
    cell.ties.push(tie.id);
    if (tie.trust !== null) {
      cell.assessed++;
      sums.set(key, (sums.get(key) ?? 0) + tie.trust);
    }
  }
  for (const [key, cell] of cells) {
    cell.meanTrust = cell.assessed > 0 ? sums.get(key)! / cell.assessed : null;
    cell.notAssessedShare = cell.ties.length > 0 ? (cell.ties.length - cell.assessed) / cell.ties.length : 0;
  }
  return { groups, cells: [...cells.values()] };
}

/** Counts per pillar of a value with named steps; `none`: not assessed (or no stage). */
export interface ByPillar {
  pillars: Pillar[];
  keys: string[];
  counts: Record<string, Record<string, number>>;
}

function byPillar(actors: readonly Actor[], keys: string[], keyOf: (actor: Actor) => string): ByPillar {
  const pillars = PILLARS.filter((p) => actors.some((a) => pillarOf(a.sector) === p));
  const counts: ByPillar['counts'] = Object.fromEntries(pillars.map((p) => [p, Object.fromEntries(keys.map((k) => [k, 0]))]));
  for (const actor of actors) counts[pillarOf(actor.sector)]![keyOf(actor)]!++;
  return { pillars, keys, counts };
}

const scaleKeys = (scale: Scale) => [...Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i)), 'none'];
const step = (value: number | null) => (value === null ? 'none' : String(value));

/** Engagement stage, VPs knowledge and VPs interest of the actors, by pillar. */
export function engagementByPillar(actors: readonly Actor[]): { engagement: ByPillar; vpKnowledge: ByPillar; vpInterest: ByPillar } {
  return {
    engagement: byPillar(actors, [...ENGAGEMENT_STAGES, 'none'], (a) => a.engagement ?? 'none'),
    vpKnowledge: byPillar(actors, scaleKeys(VP_KNOWLEDGE), (a) => step(a.vpKnowledge)),
    vpInterest: byPillar(actors, scaleKeys(VP_INTEREST), (a) => step(a.vpInterest)),
  };
}

/**
 * The order of an adjacency matrix: by community (largest first, so the
 * blocks along the diagonal read as groups), then by number of tied actors
 * (most first), then by id so the order repeats.
 */
export function matrixOrder(network: Network, communityOf: ReadonlyMap<string, number>, visible?: ReadonlySet<string>): string[] {
  const ids = network.actors.map((a) => a.id).filter((id) => !visible || visible.has(id));
  const neighbours = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const tie of network.ties) {
    if (tie.source === tie.target) continue;
    neighbours.get(tie.source)?.add(tie.target);
    neighbours.get(tie.target)?.add(tie.source);
  }
  const size = new Map<number, number>();
  for (const id of ids) size.set(communityOf.get(id) ?? 0, (size.get(communityOf.get(id) ?? 0) ?? 0) + 1);
  const community = (id: string) => communityOf.get(id) ?? 0;
  return [...ids].sort(
    (a, b) =>
      size.get(community(b))! - size.get(community(a))! ||
      community(a) - community(b) ||
      neighbours.get(b)!.size - neighbours.get(a)!.size ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}
