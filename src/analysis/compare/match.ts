/**
 * Which actor of one network is which actor of another. Actors with the same
 * id match at once; the rest are proposed from their names, short names and
 * aliases compared without case, accents or punctuation, each proposal with a
 * score. The analyst's decisions (confirmed, rejected, added by hand) are
 * data kept with the comparison and applied over the proposals.
 */
import { wordings } from '../../model/localized';
import { normalise } from '../../model/search';
import type { Actor, Network } from '../../model/types';

/** How a match was found: the same id, the same name, short name or alias, similar names, or by hand. */
export type MatchBasis = 'id' | 'name' | 'shortName' | 'alias' | 'similar' | 'manual';

export interface Match {
  /** The actor's id in the first network. */
  a: string;
  /** The actor's id in the second network. */
  b: string;
  by: MatchBasis;
  /** 1 for the same id or a match made by hand; lower for weaker evidence. */
  score: number;
  /** `accepted` matches count in the comparison; `suggested` ones wait for the analyst. */
  status: 'accepted' | 'suggested';
  /** The analyst confirmed it (or made it). */
  confirmed: boolean;
}

/** What the analyst decided, saved with the comparison. */
export interface MatchDecisions {
  confirmed: [string, string][];
  rejected: [string, string][];
}

export const NO_DECISIONS: MatchDecisions = { confirmed: [], rejected: [] };

/** A match from names this sure or surer is accepted without asking; weaker ones are suggestions. */
export const ACCEPT_SCORE = 0.85;

const SCORES: Record<Exclude<MatchBasis, 'id' | 'similar' | 'manual'>, number> = { name: 0.95, shortName: 0.9, alias: 0.85 };

/** Words that say nothing about which institution it is. */
const STOPWORDS = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'e', 'en', 'para', 'the', 'of', 'and', 'for', 'in']);

interface Keys {
  /** Each normalised wording with how it names the actor. */
  exact: Map<string, Exclude<MatchBasis, 'id' | 'similar' | 'manual'>>;
  /** The words of the full names, for the similarity of names that differ. */
  words: Set<string>;
}

function keysOf(actor: Actor): Keys {
  const exact = new Map<string, 'name' | 'shortName' | 'alias'>();
  const add = (text: string, by: 'name' | 'shortName' | 'alias') => {
    const key = normalise(text);
    if (key && !exact.has(key)) exact.set(key, by);
  };
  for (const text of wordings(actor.name)) add(text, 'name');
  for (const text of wordings(actor.shortName)) add(text, 'shortName');
  for (const text of actor.aliases) add(text, 'alias');
  const words = new Set(
    wordings(actor.name)
      .flatMap((text) => normalise(text).split(' '))
      .filter((word) => word.length > 1 && !STOPWORDS.has(word)),
  );
  return { exact, words };
}

/** The weaker of the two ways the actors are named: a name equal to an alias is an alias match. */
const RANK: Record<'name' | 'shortName' | 'alias', number> = { name: 0, shortName: 1, alias: 2 };

/** How alike two actors' names are: a score and what it rests on, or null. */
export function nameScore(a: Actor, b: Actor): { by: MatchBasis; score: number } | null {
  return scoreKeys(keysOf(a), keysOf(b));
}

function scoreKeys(ka: Keys, kb: Keys): { by: MatchBasis; score: number } | null {
  let best: { by: MatchBasis; score: number } | null = null;
  for (const [key, byA] of ka.exact) {
    const byB = kb.exact.get(key);
    if (!byB) continue;
    const by = RANK[byA] >= RANK[byB] ? byA : byB;
    if (!best || SCORES[by] > best.score) best = { by, score: SCORES[by] };
  }
  if (best) return best;
  // Names that share most of their words: "Centro Guamán Poma" and "Centro Guamán Poma de Ayala".
  if (ka.words.size === 0 || kb.words.size === 0) return null;
  const shared = [...ka.words].filter((w) => kb.words.has(w)).length;
  const jaccard = shared / (ka.words.size + kb.words.size - shared);
  return jaccard >= 0.5 ? { by: 'similar', score: Math.round(jaccard * 0.8 * 100) / 100 } : null;
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * The matches between two networks: by id, then proposed from names (each
 * actor in at most one match, strongest first), then the analyst's decisions
 * applied: a rejected pair never matches, a confirmed pair always does and
 * takes its actors out of any other match.
 */
export function matchActors(first: Network, second: Network, decisions: MatchDecisions = NO_DECISIONS): Match[] {
  const idsA = new Set(first.actors.map((x) => x.id));
  const idsB = new Set(second.actors.map((x) => x.id));
  const rejected = new Set(decisions.rejected.map(([a, b]) => pairKey(a, b)));
  const confirmed = decisions.confirmed.filter(([a, b]) => idsA.has(a) && idsB.has(b) && !rejected.has(pairKey(a, b)));
  const takenA = new Set(confirmed.map(([a]) => a));
  const takenB = new Set(confirmed.map(([, b]) => b));
  const matches: Match[] = confirmed.map(([a, b]) => ({
    a,
    b,
    by: a === b ? 'id' : 'manual',
    score: 1,
    status: 'accepted',
    confirmed: true,
  }));

  for (const actor of first.actors) {
    if (takenA.has(actor.id) || !idsB.has(actor.id) || takenB.has(actor.id) || rejected.has(pairKey(actor.id, actor.id))) continue;
    matches.push({ a: actor.id, b: actor.id, by: 'id', score: 1, status: 'accepted', confirmed: false });
    takenA.add(actor.id);
    takenB.add(actor.id);
  }

  const restA = first.actors.filter((x) => !takenA.has(x.id));
  const restB = second.actors.filter((x) => !takenB.has(x.id));
  const keysB = restB.map((x) => ({ id: x.id, keys: keysOf(x) }));
  const proposals: { a: string; b: string; by: MatchBasis; score: number }[] = [];
  for (const actor of restA) {
    const keys = keysOf(actor);
    for (const other of keysB) {
      if (rejected.has(pairKey(actor.id, other.id))) continue;
      const found = scoreKeys(keys, other.keys);
      if (found) proposals.push({ a: actor.id, b: other.id, ...found });
    }
  }
  // Strongest first; ties broken by the order of the actors, so the result repeats.
  const orderA = new Map(first.actors.map((x, i) => [x.id, i]));
  const orderB = new Map(second.actors.map((x, i) => [x.id, i]));
  proposals.sort((p, q) => q.score - p.score || orderA.get(p.a)! - orderA.get(q.a)! || orderB.get(p.b)! - orderB.get(q.b)!);
  for (const p of proposals) {
    if (takenA.has(p.a) || takenB.has(p.b)) continue;
    takenA.add(p.a);
    takenB.add(p.b);
    matches.push({ ...p, status: p.score >= ACCEPT_SCORE ? 'accepted' : 'suggested', confirmed: false });
  }
  return matches;
}

/** The accepted matches as maps both ways. */
export function matchMaps(matches: readonly Match[]): { aToB: Map<string, string>; bToA: Map<string, string> } {
  const accepted = matches.filter((m) => m.status === 'accepted');
  return { aToB: new Map(accepted.map((m) => [m.a, m.b])), bToA: new Map(accepted.map((m) => [m.b, m.a])) };
}

/** Decisions after the analyst confirms a pair: it replaces any rejection of it. */
export function confirmMatch(decisions: MatchDecisions, a: string, b: string): MatchDecisions {
  return {
    confirmed: [...decisions.confirmed.filter(([x, y]) => x !== a && y !== b), [a, b]],
    rejected: decisions.rejected.filter(([x, y]) => !(x === a && y === b)),
  };
}

/** Decisions after the analyst rejects a pair: it replaces any confirmation of it. */
export function rejectMatch(decisions: MatchDecisions, a: string, b: string): MatchDecisions {
  return {
    confirmed: decisions.confirmed.filter(([x, y]) => !(x === a && y === b)),
    rejected: [...decisions.rejected.filter(([x, y]) => !(x === a && y === b)), [a, b]],
  };
}
