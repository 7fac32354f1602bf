/**
 * Finding actors by what people type: name, short name or alias, ignoring case
 * and accents ("guaman poma" finds "Centro Guamán Poma"), best matches first.
 */
import { stripAccents } from './accents';
import { compareText, spanishOf, wordings } from './localized';
import type { Actor } from './types';

/** Lower case, no accents, single spaces: the form both queries and names are compared in. */
export function normalise(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SearchHit {
  actor: Actor;
  /** The name, short name or alias that matched. */
  matched: string;
  /** Lower is better: 0 exact, 1 starts with the query, 2 a word starts with it, 3 contains it. */
  rank: number;
}

function rankOf(candidate: string, query: string): number | null {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.split(' ').some((_, i, words) => words.slice(i).join(' ').startsWith(query))) return 2;
  if (candidate.includes(query)) return 3;
  return null;
}

/** Actors whose name or short name (in either language) or an alias contains every word of the query; best first, then by name. */
export function searchActors(actors: readonly Actor[], query: string, limit = 20): SearchHit[] {
  const wanted = normalise(query);
  if (!wanted) return [];
  const words = wanted.split(' ');
  const hits: SearchHit[] = [];
  for (const actor of actors) {
    let best: SearchHit | null = null;
    for (const name of [...wordings(actor.name), ...wordings(actor.shortName), ...actor.aliases]) {
      if (!name) continue;
      const candidate = normalise(name);
      if (!words.every((word) => candidate.includes(word))) continue;
      const rank = rankOf(candidate, wanted) ?? 4;
      if (!best || rank < best.rank) best = { actor, matched: name, rank };
    }
    if (best) hits.push(best);
  }
  hits.sort((a, b) => a.rank - b.rank || compareText('es')(spanishOf(a.actor.name), spanishOf(b.actor.name)));
  return hits.slice(0, limit);
}
