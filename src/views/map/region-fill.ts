/**
 * How regions are coloured by a measure (a choropleth): up to five classes of
 * equal steps in shades of blue, a yes-or-no measure in two colours, and a
 * region with no value hatched apart from zero. Pure, so it is tested
 * without a browser; the legend and the exported SVG use the same classes.
 */
import { schemeBlues } from 'd3-scale-chromatic';
import { classBreaks, classOf } from '../../analysis/regions';
import type { Measure, MeasureId } from './measures';

/** The fills that are not shades of the scale. */
export const FILL = {
  /** Regions coloured by nothing. */
  plain: '#f4f1ea',
  /** The hatched pattern the map defines as `#no-data`. */
  noData: 'url(#no-data)',
  flagOn: '#e08a2c',
  flagOff: '#f4f1ea',
} as const;

export interface Choropleth {
  /** Each class's upper bound, lowest first; empty for a yes-or-no measure. */
  breaks: number[];
  /** Each class's colour, lightest first (for the legend). */
  colours: string[];
  /** A region's fill for its value (undefined: a region the measure does not know). */
  fill: (value: number | null | undefined) => string;
}

/**
 * The classes and fills for a measure over the regions' values. `id` is the
 * measure chosen; `measure` the one offered for it (its kind). Counts are
 * classed from 0, an indicator from its smallest value. d3's Blues have at
 * least three shades, so fewer classes take the darkest ones: one class of
 * three shades is the darkest blue, not the palest.
 */
export function choropleth(id: MeasureId, measure: Measure, values: ReadonlyMap<string, number | null>): Choropleth {
  const breaks = measure.flag
    ? []
    : measure.zeroApart
      ? [
          0,
          ...classBreaks(
            known(values).filter((v) => v > 0),
            4,
          ).filter((b) => b > 0),
        ]
      : classBreaks(known(values), 5, !measure.indicator);
  // Counted records: none is the plain fill (nothing happened there), and the blues start at one.
  const plainZero = measure.zeroApart ? 1 : 0;
  const shaded = breaks.length - plainZero;
  const palette = schemeBlues[Math.max(3, Math.min(9, shaded))]!;
  const shade = (i: number) =>
    i < plainZero ? FILL.plain : palette[Math.min(palette.length - 1, i - plainZero + (palette.length - shaded))]!;
  return {
    breaks,
    colours: measure.flag ? [FILL.flagOn, FILL.flagOff] : breaks.map((_, i) => shade(i)),
    fill: (value) => {
      if (id === 'none') return FILL.plain;
      if (value === null || value === undefined) return FILL.noData;
      if (measure.flag) return value > 0 ? FILL.flagOn : FILL.flagOff;
      return shade(classOf(value, breaks));
    },
  };
}

/**
 * Each class as the range of values it holds, for the legend: the first from
 * the lowest value (0 for counts, which start at zero), each next from just
 * above the previous bound — the next whole number when every value is whole
 * ("0 – 7", "8 – 13"), the bound itself otherwise ("17.14 – 34.28").
 */
export function classRanges(
  breaks: readonly number[],
  values: ReadonlyMap<string, number | null>,
  fromZero: boolean,
): { from: number; to: number }[] {
  const numbers = known(values);
  const whole = numbers.every(Number.isInteger);
  const lowest = fromZero ? Math.min(0, ...numbers) : Math.min(...numbers);
  return breaks.map((to, i) => ({ from: i === 0 ? lowest : whole ? breaks[i - 1]! + 1 : breaks[i - 1]!, to }));
}

/** Whether some region has no value, so the legend shows the hatching. */
export function hasNoData(values: ReadonlyMap<string, number | null>): boolean {
  return [...values.values()].some((v) => v === null);
}

const known = (values: ReadonlyMap<string, number | null>) => [...values.values()].filter((v): v is number => v !== null);
