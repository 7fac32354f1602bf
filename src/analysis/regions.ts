/**
 * The network by place, for the map: which actors are in each region of
 * Peru, its sector and pillar mix, whether companies there lack a State or
 * civil-society counterpart, the ties between regions aggregated per pair
 * (how many, of which types, mean trust where assessed) and the ties within
 * one; the actors abroad by country, and those with no region. Pure, over
 * what is visible, so filters shape the map as they shape the network.
 */
import type { Actor, Network, Tie } from '../model/types';
import { pillarOf, type Pillar, type Sector, type TieType } from '../model/vocabularies';
import { missingCounterparts } from './gaps';

export interface RegionSummary {
  code: string;
  actors: string[];
  bySector: Partial<Record<Sector, number>>;
  byPillar: Partial<Record<Pillar, number>>;
  companies: number;
  /** Of the State and civil society, which has no actor here although companies do. */
  missing: Pillar[];
  /** Ties with both ends in this region. */
  innerTies: number;
}

export interface RegionArc {
  /** The two regions, in code order. */
  a: string;
  b: string;
  count: number;
  byType: Partial<Record<TieType, number>>;
  /** Mean trust of the ties whose trust was assessed; null when none was. */
  meanTrust: number | null;
  assessed: number;
  ties: string[];
}

export interface PlacedNetwork {
  regions: Map<string, RegionSummary>;
  arcs: RegionArc[];
  /** Actors outside Peru, by ISO country code ("" when the country is not known but the actor is not Peruvian). */
  abroad: Map<string, string[]>;
  /** Peruvian (or unplaced) actors with no region. */
  noRegion: string[];
}

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Where an actor is: a region of the map (`isRegion`; by default Peru's ISO
 * codes), abroad in a country, or nowhere known.
 */
export function placeOf(
  actor: Actor,
  isRegion: (code: string) => boolean = (code) => code.startsWith('PE-'),
): { region: string } | { country: string } | null {
  if (actor.region && isRegion(actor.region)) return { region: actor.region };
  if (actor.country && actor.country !== 'PE') return { country: actor.country };
  return null;
}

export function placeNetwork(
  network: Network,
  visible?: { actors: Set<string>; ties: Set<string> },
  isRegion?: (code: string) => boolean,
): PlacedNetwork {
  const shown = (a: Actor) => !visible || visible.actors.has(a.id);
  const regions = new Map<string, RegionSummary>();
  const abroad = new Map<string, string[]>();
  const noRegion: string[] = [];
  const regionOf = new Map<string, string>();
  const here = new Map<string, Actor[]>();
  for (const actor of network.actors.filter(shown)) {
    const place = placeOf(actor, isRegion);
    if (!place) noRegion.push(actor.id);
    else if ('country' in place) abroad.set(place.country, [...(abroad.get(place.country) ?? []), actor.id]);
    else {
      regionOf.set(actor.id, place.region);
      let summary = regions.get(place.region);
      if (!summary) {
        summary = { code: place.region, actors: [], bySector: {}, byPillar: {}, companies: 0, missing: [], innerTies: 0 };
        regions.set(place.region, summary);
        here.set(place.region, []);
      }
      summary.actors.push(actor.id);
      bump(summary.bySector, actor.sector);
      bump(summary.byPillar, pillarOf(actor.sector));
      if (actor.sector === 'company') summary.companies++;
      here.get(place.region)!.push(actor);
    }
  }
  for (const [code, summary] of regions) summary.missing = missingCounterparts(here.get(code)!);

  const arcs = new Map<string, RegionArc & { trustSum: number }>();
  const tieShown = (t: Tie) => !visible || visible.ties.has(t.id);
  for (const tie of network.ties.filter(tieShown)) {
    const from = regionOf.get(tie.source);
    const to = regionOf.get(tie.target);
    if (!from || !to) continue;
    if (from === to) {
      regions.get(from)!.innerTies++;
      continue;
    }
    const [a, b] = from < to ? [from, to] : [to, from];
    const key = `${a}|${b}`;
    let arc = arcs.get(key);
    if (!arc) {
      arc = { a, b, count: 0, byType: {}, meanTrust: null, assessed: 0, ties: [], trustSum: 0 };
      arcs.set(key, arc);
    }
    arc.count++;
    arc.ties.push(tie.id);
    bump(arc.byType, tie.type);
    if (tie.trust !== null) {
      arc.assessed++;
      arc.trustSum += tie.trust;
    }
  }
  const finished = [...arcs.values()].map(({ trustSum, ...arc }) => ({
    ...arc,
    meanTrust: arc.assessed > 0 ? trustSum / arc.assessed : null,
  }));
  return { regions, arcs: finished, abroad, noRegion };
}

/**
 * Class breaks for a choropleth: `classes` equal steps up to the largest
 * value, rounded to whole numbers when every value is whole. Counts start at
 * 0 (`fromZero`, so "0 actors" is the lightest class); a measured indicator
 * starts at its smallest value, so seven poverty rates of 63–86 % spread over
 * the classes instead of crowding the top two. Returns each class's upper bound.
 */
export function classBreaks(values: readonly number[], classes = 5, fromZero = true): number[] {
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const min = fromZero ? Math.min(0, ...values) : Math.min(...values);
  if (max === min) return [max];
  const whole = values.every(Number.isInteger);
  const step = (max - min) / classes;
  const breaks: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const bound = i === classes ? max : min + step * i;
    const rounded = whole ? Math.ceil(bound) : +bound.toFixed(2);
    if (breaks.at(-1) !== rounded) breaks.push(rounded);
  }
  return breaks;
}

/** Which class (0-based) a value falls in, given the upper bounds from `classBreaks`. */
export function classOf(value: number, breaks: readonly number[]): number {
  const index = breaks.findIndex((bound) => value <= bound);
  return index < 0 ? breaks.length - 1 : index;
}
