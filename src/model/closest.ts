/**
 * Suggests the known value nearest to a misspelt one ("goverment" → "state"
 * is too far; "civil society" → "civil_society" is close), so that a problem
 * report can say what was probably meant.
 */
import { stripAccents } from './accents';

/** Levenshtein distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function normalise(value: string): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * The known value closest to `value`, or `null` when none is close enough
 * (more than a third of the value's length away).
 */
export function closest(value: string, known: readonly string[]): string | null {
  const wanted = normalise(value);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(wanted, normalise(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(wanted.length / 3)) ? best : null;
}
