/**
 * The timeline's time axis: a d3 UTC time scale over the days shown, and its ticks labelled in the page's language
 * ("ene. 2018", "mar.", "5 set." in Spanish), not in d3's English default. Days are UTC midnights, so a day is the
 * same width wherever the page is opened.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { INTL_LOCALE, type Locale } from '../../model/localized';

export const DAY_MS = 86_400_000;

/** A day `YYYY-MM-DD` as the time of its UTC midnight. */
export const dayTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The x scale of the days `[from, to]` (ms) over the pixels `[left, right]`. */
export function timeScale(domain: readonly [number, number], left: number, right: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([left, right]);
}

export interface Tick {
  x: number;
  label: string;
  /** A year's first tick (or the first shown): drawn heavier, and carrying the year. */
  major: boolean;
}

/** Ticks about every `spacing` pixels, labelled by what they mark: years, months (with the year at January) or days. */
export function timeTicks(scale: ScaleTime<number, number>, locale: Locale, spacing = 80): Tick[] {
  const [left, right] = scale.range() as [number, number];
  const dates = scale.ticks(Math.max(2, Math.floor((right - left) / spacing)));
  const years = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const months = dates.every((d) => d.getUTCDate() === 1);
  const intl = INTL_LOCALE[locale];
  const month = new Intl.DateTimeFormat(intl, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(intl, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const ticks = dates.map((date, i) => {
    const newYear = i === 0 || date.getUTCFullYear() !== dates[i - 1]!.getUTCFullYear();
    const label = years
      ? String(date.getUTCFullYear())
      : months
        ? (newYear ? monthYear : month).format(date)
        : newYear
          ? `${day.format(date)} ${date.getUTCFullYear()}`
          : day.format(date);
    // Spanish writes months in lower case; ICU gives a month standing alone a capital ("Oct.").
    return { x: scale(date), label: locale === 'es' ? label.toLocaleLowerCase(intl) : label, major: years || newYear };
  });
  return clearOfEachOther(ticks);
}

/** About how wide a tick's label is drawn (11 px type, bold for a year's first), in pixels. */
const labelWidth = (tick: Tick) => tick.label.length * (tick.major ? 7 : 6.2) + 8;

/**
 * Ticks whose labels would run into the one before lose their label (the line stays): first any tick that is not a
 * year's first, then, if still crowded, every other.
 */
function clearOfEachOther(ticks: Tick[]): Tick[] {
  let end = -Infinity;
  const kept = ticks.map((tick, i) => {
    // A year's first tick keeps its label unless a year's first tick just before it needs the room.
    const nextMajor = ticks.slice(i + 1).find((t) => t.major);
    const crowdsNext = !tick.major && nextMajor !== undefined && tick.x + labelWidth(tick) > nextMajor.x;
    if (tick.x < end || crowdsNext) return { ...tick, label: '' };
    end = tick.x + labelWidth(tick);
    return tick;
  });
  return kept;
}
