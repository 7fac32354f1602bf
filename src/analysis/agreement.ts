/**
 * Where informants agree. Each mapping session's answers (model/informants.ts)
 * are kept apart, per informant; this combines them without losing who said
 * what:
 *
 * - a tie's **share**: of the informants asked about its kind of link (those
 *   of a session with a link type of that tie type), how many reported it;
 *   the ends of an undirected tie in either order are one tie;
 * - an actor's **influence**: the mean of the towers given (0–8), their
 *   spread (population standard deviation) and range; an informant who gave
 *   a tower twice (the group adjusted it) counts with the last;
 * - a **stance** on a goal: every stance given, and whether all agree;
 * - the **consensus** at a threshold ("reported by at least 2 informants")
 *   and the **disagreements**: ties some but not all reported, towers whose
 *   range reaches a threshold, stances given both ways.
 *
 * Pure; runs in the worker and in Node.
 */
import { informantKey, TOWER_MAX, type Answer, type Mapping } from '../model/informants';
import { isDirectedType, type TieType } from '../model/vocabularies';

/** Towers this many steps apart or more: the informants do not agree on an actor's influence. */
export const TOWER_RANGE = 3;

/** A tie's key as `agreement` gives it: `type|source|target`, the ends sorted when its type is undirected. */
export function tieKey(tie: { type: TieType; source: string; target: string }): string {
  const [source, target] = isDirectedType(tie.type) || tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
  return `${tie.type}|${source}|${target}`;
}

export interface TieAgreement {
  /** `type|source|target`, the ends sorted for an undirected type. */
  key: string;
  source: string;
  target: string;
  type: TieType;
  directed: boolean;
  /** The informants who reported it (`session/informant`), in the order they first did. */
  reporters: string[];
  /** How many informants were asked about links of its type. */
  asked: number;
  /** reporters / asked. */
  share: number;
}

export interface InfluenceAgreement {
  actor: string;
  towers: { informant: string; tower: number }[];
  mean: number;
  /** Population standard deviation of the towers. */
  spread: number;
  /** Highest tower minus lowest. */
  range: number;
}

export interface StanceAgreement {
  actor: string;
  goal: string;
  given: { informant: string; stance: -1 | 0 | 1; sure?: boolean }[];
  /** Every informant gave the same stance. */
  agree: boolean;
}

export interface Agreement {
  /** Informants who gave any answer. */
  informants: string[];
  ties: TieAgreement[];
  influence: InfluenceAgreement[];
  stances: StanceAgreement[];
}

/**
 * Who was asked about each tie type: the informants of a session with a link type of that type who answered the
 * question of links there (gave at least one link). One who only named an actor or gave a tower — a participant
 * whose one proposal from a phone was accepted, an interview that stopped before the links — was not asked.
 */
function askedAboutTypes(mapping: Mapping): Map<TieType, Set<string>> {
  const linked = new Set(mapping.answers.filter((a) => a.kind === 'tie').map(informantKey));
  const askedAbout = new Map<TieType, Set<string>>();
  for (const session of mapping.sessions) {
    for (const link of session.linkTypes) {
      const asked = askedAbout.get(link.tieType) ?? new Set<string>();
      for (const informant of session.informants) {
        const key = `${session.id}/${informant.id}`;
        if (linked.has(key)) asked.add(key);
      }
      askedAbout.set(link.tieType, asked);
    }
  }
  return askedAbout;
}

/** Combines every answer of every session. */
export function agreement(mapping: Mapping): Agreement {
  const sessions = new Map(mapping.sessions.map((s) => [s.id, s]));
  const informants = [...new Set(mapping.answers.map(informantKey))];

  const askedAbout = askedAboutTypes(mapping);

  const ties = new Map<string, TieAgreement>();
  const towers = new Map<string, Map<string, number>>();
  const stances = new Map<string, StanceAgreement>();
  for (const answer of mapping.answers) {
    const who = informantKey(answer);
    if (answer.kind === 'tie') {
      const type = sessions.get(answer.session)?.linkTypes.find((l) => l.id === answer.linkType)?.tieType;
      if (!type || answer.source === answer.target) continue;
      const directed = isDirectedType(type);
      const [source, target] = directed || answer.source < answer.target ? [answer.source, answer.target] : [answer.target, answer.source];
      const key = tieKey({ type, source, target });
      const tie = ties.get(key) ?? { key, source, target, type, directed, reporters: [], asked: askedAbout.get(type)?.size ?? 0, share: 0 };
      if (!tie.reporters.includes(who)) tie.reporters.push(who);
      ties.set(key, tie);
    } else if (answer.kind === 'influence') {
      const tower = Math.max(0, Math.min(TOWER_MAX, Math.round(answer.tower)));
      const given = towers.get(answer.actor) ?? new Map<string, number>();
      // A tower given again by the same informant replaces theirs (Map.set keeps its first place).
      given.set(who, tower);
      towers.set(answer.actor, given);
    } else if (answer.kind === 'stance') {
      const key = `${answer.actor}|${answer.goal}`;
      const stance = stances.get(key) ?? { actor: answer.actor, goal: answer.goal, given: [], agree: true };
      const mine = { informant: who, stance: answer.stance, ...(answer.sure !== undefined ? { sure: answer.sure } : {}) };
      const at = stance.given.findIndex((g) => g.informant === who);
      if (at >= 0) stance.given[at] = mine;
      else stance.given.push(mine);
      stances.set(key, stance);
    }
  }
  for (const tie of ties.values()) {
    // A reporter not counted as asked (a link type added to the session after) is asked too.
    tie.asked = Math.max(tie.asked, tie.reporters.length);
    tie.share = tie.reporters.length / tie.asked;
  }
  for (const stance of stances.values()) stance.agree = stance.given.every((g) => g.stance === stance.given[0]!.stance);

  const influence = [...towers].map(([actor, given]) => {
    const values = [...given.values()];
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const spread = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    return {
      actor,
      towers: [...given].map(([informant, tower]) => ({ informant, tower })),
      mean,
      spread,
      range: Math.max(...values) - Math.min(...values),
    };
  });
  return { informants, ties: [...ties.values()], influence, stances: [...stances.values()] };
}

/** The ties at least `atLeast` informants reported: the consensus network's ties. */
export function consensusTies(combined: Agreement, atLeast: number): TieAgreement[] {
  return combined.ties.filter((tie) => tie.reporters.length >= atLeast);
}

/** The 1–5 influence of the model for a mean tower (0–8): two steps of the tower to one of the scale (8 → 5). */
export function influenceOfTower(mean: number): 1 | 2 | 3 | 4 | 5 {
  return Math.min(5, 1 + Math.floor(Math.max(0, mean) / 2)) as 1 | 2 | 3 | 4 | 5;
}

/** One row of the disagreements table: what it is about, and who said what. */
export type Disagreement =
  | { kind: 'tie'; tie: TieAgreement; said: { informant: string; reported: boolean }[] }
  | { kind: 'influence'; influence: InfluenceAgreement }
  | { kind: 'stance'; stance: StanceAgreement };

/**
 * Where informants differ: a tie some of those asked reported and others did not; an actor whose towers range
 * over `towerRange` steps or more (3 by default: more than one step of the 1–5 scale apart); a stance given
 * differently. In that order, each kind by how split it is (the closest to half first; the widest range first).
 */
/** How far a tie's reporters are from half of those asked, in halves of an informant: |2 × reporters − asked|. */
const splitness = (tie: TieAgreement) => Math.abs(2 * tie.reporters.length - tie.asked);

export function disagreements(mapping: Mapping, combined: Agreement, towerRange = TOWER_RANGE): Disagreement[] {
  const askedAbout = askedAboutTypes(mapping);
  const askedFor = (type: TieType) => [...(askedAbout.get(type) ?? [])];
  const ties = combined.ties
    .filter((tie) => tie.share < 1)
    // |r/n − 1/2| = |2r − n| / 2n, compared in whole numbers: 1 of 3 and 2 of 3 are as split, whatever rounding says.
    .sort((a, b) => splitness(a) * b.asked - splitness(b) * a.asked || a.key.localeCompare(b.key))
    .map((tie): Disagreement => {
      const asked = [...new Set([...askedFor(tie.type), ...tie.reporters])];
      return { kind: 'tie', tie, said: asked.map((informant) => ({ informant, reported: tie.reporters.includes(informant) })) };
    });
  const towers = combined.influence
    .filter((i) => i.towers.length > 1 && i.range >= towerRange)
    .sort((a, b) => b.range - a.range || a.actor.localeCompare(b.actor))
    .map((influence): Disagreement => ({ kind: 'influence', influence }));
  const stances = combined.stances.filter((s) => !s.agree).map((stance): Disagreement => ({ kind: 'stance', stance }));
  return [...ties, ...towers, ...stances];
}

/** The answers of one informant only (`session/informant`): their own network, for analyses run on it. */
export function answersOf(mapping: Mapping, informant: string): Mapping {
  return { sessions: mapping.sessions, answers: mapping.answers.filter((a: Answer) => informantKey(a) === informant) };
}
