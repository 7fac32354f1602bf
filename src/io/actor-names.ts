/**
 * Finding the network's actor a cell names: by id, or by name, short name or alias in either language, without
 * regard to case or accents ("Defensoria del pueblo" is "Defensoría del Pueblo"). A name two actors share is not
 * taken for either. For a name that is no actor's, the nearest actor's name is suggested.
 */
import { closest } from '../model/closest';
import { localize, wordings } from '../model/localized';
import { normalise } from '../model/search';
import type { Actor } from '../model/types';

export interface ActorNames {
  /** The id of the actor `text` names, or null. */
  find(text: string): string | null;
  /** The name (in Spanish) of the actor nearest to `text`, for a problem's "did you mean"; null when none is near. */
  nearest(text: string): string | null;
  /** How the actor with this id is best written in a file: its name, or its id when another actor shares the name. */
  written(id: string, locale: 'es' | 'en'): string;
}

type Named = Pick<Actor, 'id' | 'name' | 'shortName' | 'aliases'>;

export function actorNames(actors: readonly Named[]): ActorNames {
  const ids = new Set(actors.map((a) => a.id));
  const byWord = new Map<string, string | null>();
  const add = (word: string, id: string) => {
    const key = normalise(word) || word;
    const before = byWord.get(key);
    if (before === undefined) byWord.set(key, id);
    else if (before !== id) byWord.set(key, null); // shared by two actors: ambiguous
  };
  for (const actor of actors) {
    for (const word of [...wordings(actor.name), ...wordings(actor.shortName), ...actor.aliases]) add(word, actor.id);
  }
  const names = new Map<string, string>();
  for (const actor of actors) for (const word of wordings(actor.name)) if (!names.has(word)) names.set(word, actor.id);
  const candidates = [...names.keys()];
  const byId = new Map(actors.map((a) => [a.id, a]));
  const suggestions = new Map<string, string | null>();
  return {
    find(text) {
      const trimmed = text.trim();
      if (ids.has(trimmed)) return trimmed;
      return byWord.get(normalise(trimmed) || trimmed) ?? null;
    },
    nearest(text) {
      const key = normalise(text);
      if (!suggestions.has(key)) suggestions.set(key, closest(text, candidates));
      return suggestions.get(key) ?? null;
    },
    written(id, locale) {
      const actor = byId.get(id);
      if (!actor) return id;
      const name = localize(actor.name, locale);
      return byWord.get(normalise(name) || name) === id && !ids.has(name) ? name : id;
    },
  };
}

/**
 * The names a participants cell lists. ";" separates them; so does a line break or "|". A comma separates them only
 * when the whole cell is not itself one actor's name (names such as "Ministerio de Energía y Minas, MINEM" exist).
 */
export function splitNames(cell: string, names: ActorNames): string[] {
  const text = cell.trim();
  if (!text) return [];
  const parts = /[;|\n\r]/.test(text) ? text.split(/\s*(?:;|\||\r?\n|\r)\s*/) : [text];
  return parts
    .flatMap((part) => (part.includes(',') && !names.find(part) ? part.split(/\s*,\s*/) : [part]))
    .map((part) => part.trim())
    .filter(Boolean);
}
