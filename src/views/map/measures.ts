/**
 * What a region can be coloured by: how many actors, how many of a pillar,
 * whether companies there lack a counterpart, or one of the 2010 study's
 * regional indicators (with its source). A region with no value is "no
 * data", which the map draws apart from zero.
 */
import type { PlacedNetwork } from '../../analysis/regions';
import type { RecordCount } from '../../analysis/records-by-region';
import { PILLARS, type Label, type Pillar } from '../../model/vocabularies';
import regionsData from '../../../data/peru-regions.json';

export type MeasureId = 'none' | 'actors' | 'gap' | RecordCount | `pillar:${Pillar}` | `indicator:${string}`;

/** The measures counted from the engagement records, over the period the map's controls choose. */
export const isRecordMeasure = (id: MeasureId): id is RecordCount => id === 'engagements' || id === 'incidents';

export interface Indicator {
  id: string;
  unit: string;
  label: Label;
  values: Record<string, number>;
  sources: { doc: string; locator: Label; quote?: string }[];
}

export const INDICATORS = regionsData.indicators as unknown as Indicator[];

export interface Measure {
  id: MeasureId;
  /** Yes-or-no: drawn in two colours, not as a scale. */
  flag: boolean;
  /** Zero is a class of its own: a region with no incident is not coloured as one with a few (records counted). */
  zeroApart?: boolean;
  indicator?: Indicator;
}

export function measures(): Measure[] {
  return [
    { id: 'none', flag: false },
    { id: 'actors', flag: false },
    ...PILLARS.map((p) => ({ id: `pillar:${p}` as MeasureId, flag: false })),
    { id: 'gap', flag: true },
    { id: 'engagements', flag: false, zeroApart: true },
    { id: 'incidents', flag: false, zeroApart: true },
    ...INDICATORS.map((indicator) => ({ id: `indicator:${indicator.id}` as MeasureId, flag: indicator.unit === 'flag', indicator })),
  ];
}

/**
 * Each region's value under a measure; null when there is no data for it. `records`: each region's count of the
 * records a record measure counts (recordsByRegion), 0 where there are none.
 */
export function measureValues(
  id: MeasureId,
  placed: PlacedNetwork,
  codes: readonly string[],
  records?: ReadonlyMap<string, number>,
): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const code of codes) {
    const region = placed.regions.get(code);
    if (id === 'none') values.set(code, null);
    else if (isRecordMeasure(id)) values.set(code, records?.get(code) ?? 0);
    else if (id === 'actors') values.set(code, region?.actors.length ?? 0);
    else if (id === 'gap') values.set(code, region && region.missing.length > 0 ? 1 : 0);
    else if (id.startsWith('pillar:')) values.set(code, region?.byPillar[id.slice(7) as Pillar] ?? 0);
    else {
      const indicator = INDICATORS.find((i) => `indicator:${i.id}` === id);
      values.set(code, indicator?.values[code] ?? null);
    }
  }
  return values;
}
