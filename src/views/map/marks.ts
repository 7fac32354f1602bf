/**
 * How an actor is drawn on the map: the same colour and relative size as in
 * the network view (sector, pillar or community; influence, degree or a
 * metric), at the map's smaller scale. Pure, so it is tested without a browser.
 */
import type { Actor } from '../../model/types';
import { pillarOf } from '../../model/vocabularies';
import type { NodeValues } from '../../styling/node-values';
import {
  classFor,
  COMMITMENT_CLASSES,
  COMMUNITY_COLORS,
  COMMUNITY_OTHER,
  NO_ENGAGEMENT,
  PILLAR_COLORS,
  RECENCY_CLASSES,
  SECTOR_COLORS,
} from '../../styling/palette';
import type { StyleOptions } from '../../styling/node-values';

/** Mark radius on the map: unsized, and the range a sized value spans. */
export const MARK_RADIUS = { unsized: 5, min: 3.5, max: 11 } as const;

export function markColor(actor: Actor, options: Pick<StyleOptions, 'colorBy' | 'communities'>, values: NodeValues | null): string {
  if (options.colorBy === 'lastEngaged') {
    const months = values?.get(actor.id)?.engagedMonths;
    return months === undefined ? NO_ENGAGEMENT : classFor(RECENCY_CLASSES, months).color;
  }
  if (options.colorBy === 'commitments') return classFor(COMMITMENT_CLASSES, values?.get(actor.id)?.openCommitments ?? 0).color;
  if (options.colorBy === 'community') {
    const community = values?.get(actor.id)?.community;
    return community && community <= COMMUNITY_COLORS.length ? COMMUNITY_COLORS[community - 1]! : COMMUNITY_OTHER;
  }
  return options.colorBy === 'pillar' ? PILLAR_COLORS[pillarOf(actor.sector)] : SECTOR_COLORS[actor.sector];
}

const between = (value: number, min: number, max: number) => (max <= min ? null : Math.min(1, Math.max(0, (value - min) / (max - min))));

/** The radius, mapped linearly as the network view's `mapData` maps diameters; unsized when the value is not known. */
export function markRadius(
  actor: Actor,
  options: Pick<StyleOptions, 'sizeBy' | 'maxDegree' | 'metricRange'>,
  values: NodeValues | null,
  degree: number,
): number {
  let t: number | null = null;
  if (options.sizeBy === 'influence') t = actor.influence === null ? null : between(actor.influence, 1, 5);
  else if (options.sizeBy === 'degree') t = between(degree, 0, Math.max(1, options.maxDegree));
  else if (options.sizeBy !== 'none' && options.metricRange) {
    const value = values?.get(actor.id)?.[`m_${options.sizeBy}`];
    t = value === undefined ? null : between(value, options.metricRange.min, options.metricRange.max);
  }
  return t === null ? MARK_RADIUS.unsized : MARK_RADIUS.min + t * (MARK_RADIUS.max - MARK_RADIUS.min);
}

/**
 * Points for `count` marks around a centre, filling a disc outward
 * (Vogel's sunflower spiral), `spacing` apart: marks never sit on one spot.
 */
export function sunflower(count: number, spacing: number): { x: number; y: number }[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => {
    const r = spacing * Math.sqrt(i + (count > 1 ? 0.5 : 0));
    return { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
  });
}
