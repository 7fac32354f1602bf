/**
 * Places in a ranking as a person reads them: "3rd of 60", with ties sharing
 * a place (standard competition ranking, "1, 2, 2, 4"), and each value as a
 * share of the largest, for a bar beside it.
 */

export interface Placed<T> {
  item: T;
  value: number;
  /** 1 for the best; equal values share the better place. */
  place: number;
}

export interface Ranking<T> {
  /** Best first: highest values first when `keyEnd` is 'high', lowest first when 'low'. */
  placed: Placed<T>[];
  /** How many have a value (the "of 60"). */
  total: number;
  /** The largest value, which a bar's full length stands for (0 when none is above 0). */
  largest: number;
}

/** Ranks the items that have a value; items whose value is null are left out. */
export function rankBy<T>(items: readonly T[], valueOf: (item: T) => number | null, keyEnd: 'high' | 'low'): Ranking<T> {
  const valued = items.flatMap((item) => {
    const value = valueOf(item);
    return value === null ? [] : [{ item, value }];
  });
  valued.sort((a, b) => (keyEnd === 'high' ? b.value - a.value : a.value - b.value));
  const placed = valued.map((entry, i) => ({ ...entry, place: i + 1 }));
  for (let i = 1; i < placed.length; i++) if (placed[i]!.value === placed[i - 1]!.value) placed[i]!.place = placed[i - 1]!.place;
  const largest = Math.max(0, ...valued.map((v) => v.value));
  return { placed, total: placed.length, largest };
}

/** A value's share of the largest, 0 to 1, for a bar (0 when the largest is 0, or the value below 0). */
export const shareOf = (value: number, largest: number): number => (largest > 0 ? Math.min(1, Math.max(0, value / largest)) : 0);
