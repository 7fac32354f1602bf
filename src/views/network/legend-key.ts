/**
 * What the network drawing's legends list: only what the actors and ties given are drawn with, from the same tables
 * the stylesheet uses (palette.ts), so a legend always matches the drawing. The sidebar's legend (Legend.svelte)
 * reads the whole network; a presented slide's (PresentedLegend.svelte) only what the slide shows.
 */
import type { Locale } from '../../model/localized';
import type { Actor, Tie } from '../../model/types';
import {
  PILLARS,
  PILLAR_LABELS,
  SECTORS,
  SECTOR_LABELS,
  TIE_TYPES,
  TRUST,
  pillarOf,
  type Pillar,
  type TieType,
} from '../../model/vocabularies';
import type { ColorBy } from '../../state/view.svelte';
import type { NodeValues } from '../../styling/node-values';
import {
  classFor,
  COMMITMENT_CLASSES,
  COMMUNITY_COLORS,
  NO_ENGAGEMENT,
  PILLAR_COLORS,
  PILLAR_SHAPES,
  RECENCY_CLASSES,
  SECTOR_COLORS,
} from '../../styling/palette';
import type { NodeShape } from '../../styling/shapes';
import { localize } from '../../model/localized';
import { translate } from '../../text/translate';

/** One colour of the key: what it stands for, and the shape it is drawn in. */
export interface KeyEntry {
  key: string;
  label: string;
  color: string;
  shape: NodeShape;
}

/** How many of a community's members name it in the key. */
const NAMED_MEMBERS = 3;

/**
 * The colours the actors are drawn in, in the order of the vocabularies: by sector (in its pillar's shape), by pillar,
 * or by community (the largest first, as many as have a colour of their own; `communities` are member ids).
 */
export function colourKey(
  actors: readonly Actor[],
  colorBy: ColorBy,
  communities: readonly string[][],
  locale: Locale,
  /** The values the drawing is coloured by, when by what the engagement records say. */
  values: NodeValues | null = null,
): KeyEntry[] {
  if (colorBy === 'lastEngaged' || colorBy === 'commitments') return recordKey(actors, colorBy, values, locale);
  if (colorBy === 'sector') {
    return SECTORS.filter((s) => actors.some((a) => a.sector === s)).map((s) => ({
      key: s,
      label: translate(locale, SECTOR_LABELS[s]),
      color: SECTOR_COLORS[s],
      shape: PILLAR_SHAPES[pillarOf(s)],
    }));
  }
  if (colorBy === 'pillar') {
    return pillarsOf(actors).map((p) => ({
      key: p,
      label: translate(locale, PILLAR_LABELS[p]),
      color: PILLAR_COLORS[p],
      shape: PILLAR_SHAPES[p],
    }));
  }
  const names = new Map(actors.map((a) => [a.id, localize(a.shortName ?? a.name, locale)]));
  const drawn = new Set(names.keys());
  return communities.slice(0, COMMUNITY_COLORS.length).flatMap((all, i) => {
    const members = all.filter((id) => drawn.has(id));
    if (members.length === 0) return [];
    const named = members.slice(0, NAMED_MEMBERS).map((id) => names.get(id) ?? id);
    return [
      {
        key: String(i),
        label: `${translate(locale, 'analysis.community', { n: i + 1 })} (${members.length}): ${named.join(', ')}${members.length > NAMED_MEMBERS ? '…' : ''}`,
        color: COMMUNITY_COLORS[i]!,
        shape: 'ellipse' as const,
      },
    ];
  });
}

/** The pillars the actors belong to, in the vocabulary's order: each is drawn in a shape of its own. */
export function pillarsOf(actors: readonly Actor[]): Pillar[] {
  return PILLARS.filter((p) => actors.some((a) => pillarOf(a.sector) === p));
}

/** The kinds of tie among `ties`, in the vocabulary's order: each is drawn with a stroke of its own. */
export function tieTypesOf(ties: readonly Tie[]): TieType[] {
  return TIE_TYPES.filter((t) => ties.some((tie) => tie.type === t));
}

/** The trust grades among `ties` (−2 … +2), and whether some tie's trust was not assessed (drawn pale). */
export function trustOf(ties: readonly Tie[]): { steps: number[]; notAssessed: boolean } {
  const steps: number[] = [];
  for (let step = TRUST.min; step <= TRUST.max; step++) if (ties.some((tie) => tie.trust === step)) steps.push(step);
  return { steps, notAssessed: ties.some((tie) => tie.trust === null || tie.trust === undefined) };
}

/**
 * The classes of months since the last engagement, or of open commitments, that the actors fall in; "no engagement
 * recorded" is a class of its own, last, and never "0 months".
 */
function recordKey(
  actors: readonly Actor[],
  colorBy: 'lastEngaged' | 'commitments',
  values: NodeValues | null,
  locale: Locale,
): KeyEntry[] {
  const entry = (key: string, label: string, color: string): KeyEntry => ({ key, label, color, shape: 'ellipse' });
  const of = (id: string) => values?.get(id) ?? {};
  if (colorBy === 'lastEngaged') {
    const months = actors.map((a) => of(a.id).engagedMonths);
    const used = new Set(months.flatMap((m) => (m === undefined ? [] : [classFor(RECENCY_CLASSES, m).key])));
    return [
      ...RECENCY_CLASSES.filter((c) => used.has(c.key)).map((c) =>
        entry(c.key, translate(locale, `legend.recency.${c.key}` as RecencyKey), c.color),
      ),
      ...(months.some((m) => m === undefined) ? [entry('never', translate(locale, 'legend.recency.never'), NO_ENGAGEMENT)] : []),
    ];
  }
  const used = new Set(actors.map((a) => classFor(COMMITMENT_CLASSES, of(a.id).openCommitments ?? 0).key));
  return COMMITMENT_CLASSES.filter((c) => used.has(c.key)).map((c) =>
    entry(c.key, translate(locale, `legend.commitments.${c.key}` as CommitmentKey), c.color),
  );
}

type RecencyKey = 'legend.recency.recent' | 'legend.recency.months3' | 'legend.recency.months6' | 'legend.recency.year';
type CommitmentKey = 'legend.commitments.none' | 'legend.commitments.one' | 'legend.commitments.two' | 'legend.commitments.more';

/** Whether some actor drawn has an overdue commitment (ringed in the drawing, so the legend says what the ring is). */
export const hasOverdue = (actors: readonly Actor[], values: NodeValues | null) => actors.some((a) => !!values?.get(a.id)?.overdue);
