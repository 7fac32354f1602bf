/**
 * Which actors and ties a set of filters lets through. Pure: the network view
 * and the table both draw from the same result.
 */
import { actorShownAt, appearancesOf, tieStandsAt } from './as-of';
import type { Network } from './types';
import { pillarOf, type Basis, type Pillar, type Sector, type TieType } from './vocabularies';

/** Filters; an empty list means "no restriction" for that field. */
export interface Filters {
  sectors: Sector[];
  pillars: Pillar[];
  /** ISO 3166-2 codes; `"none"` stands for actors without a region. */
  regions: string[];
  tieTypes: TieType[];
  /** Trust range, inclusive. */
  trustMin: number;
  trustMax: number;
  /** Whether ties whose trust was not assessed pass the trust filter. */
  includeNotAssessed: boolean;
  /** Bases a tie must have (e.g. only `documented`). */
  bases: Basis[];
  hideIsolates: boolean;
  /**
   * Show the network as it stood in this month (`YYYY-MM`): ties by their dates, and with engagements recorded,
   * actors and ties from when they first took part in one (model/as-of.ts). Null: everything, whatever its dates.
   */
  asOf: string | null;
  /** Only these actors (e.g. what changed between two versions); empty: no restriction. */
  only: string[];
}

export const NO_FILTERS: Filters = {
  sectors: [],
  pillars: [],
  regions: [],
  tieTypes: [],
  trustMin: -2,
  trustMax: 2,
  includeNotAssessed: true,
  bases: [],
  hideIsolates: false,
  asOf: null,
  only: [],
};

export interface Visible {
  actors: Set<string>;
  ties: Set<string>;
}

/** How many filters restrict anything; 0 means everything is shown. */
export function activeFilterCount(filters: Filters): number {
  return (
    [filters.sectors, filters.pillars, filters.regions, filters.tieTypes, filters.bases, filters.only ?? []].filter(
      (list) => list.length > 0,
    ).length +
    (filters.trustMin > -2 || filters.trustMax < 2 || !filters.includeNotAssessed ? 1 : 0) +
    (filters.hideIsolates ? 1 : 0) +
    (filters.asOf ? 1 : 0)
  );
}

/**
 * Actors pass on sector, pillar, region and date; ties pass on type, trust, basis and date
 * and only between passing actors; with `hideIsolates`, actors left without a
 * passing tie are dropped too.
 */
export function applyFilters(network: Network, filters: Filters): Visible {
  const only = new Set(filters.only ?? []);
  const asOf = filters.asOf;
  const appeared = asOf ? appearancesOf(network) : null;
  const actors = new Set(
    network.actors
      .filter(
        (a) =>
          (filters.sectors.length === 0 || filters.sectors.includes(a.sector)) &&
          (filters.pillars.length === 0 || filters.pillars.includes(pillarOf(a.sector))) &&
          (filters.regions.length === 0 || filters.regions.includes(a.region ?? 'none')) &&
          (only.size === 0 || only.has(a.id)) &&
          (!asOf || actorShownAt(appeared!, a.id, asOf)),
      )
      .map((a) => a.id),
  );
  const ties = new Set(
    network.ties
      .filter(
        (t) =>
          actors.has(t.source) &&
          actors.has(t.target) &&
          (filters.tieTypes.length === 0 || filters.tieTypes.includes(t.type)) &&
          (filters.bases.length === 0 || filters.bases.includes(t.basis)) &&
          (!asOf || tieStandsAt(appeared!, t, asOf)) &&
          (t.trust === null ? filters.includeNotAssessed : t.trust >= filters.trustMin && t.trust <= filters.trustMax),
      )
      .map((t) => t.id),
  );
  if (filters.hideIsolates) {
    const linked = new Set<string>();
    for (const t of network.ties) {
      if (ties.has(t.id)) {
        linked.add(t.source);
        linked.add(t.target);
      }
    }
    for (const id of actors) if (!linked.has(id)) actors.delete(id);
  }
  return { actors, ties };
}
