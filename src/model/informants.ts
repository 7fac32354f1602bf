/**
 * What informants said in mapping sessions (Net-Map: a group or one informant
 * around a table answering who is involved, who is linked to whom and how,
 * how much influence each has, what each wants). Every answer is kept with
 * the informant who gave it and the session it was given in, so that where
 * informants disagree stays visible; analysis/agreement.ts combines them.
 * Pure types; no DOM.
 */
import type { LocalizedText } from './types';
import type { TieType } from './vocabularies';

/** The highest step of a Net-Map influence tower (0: no influence on the question). */
export const TOWER_MAX = 8;

/** A link type asked about in a session, as the group named it, and the kind of tie it records. */
export interface LinkType {
  id: string;
  name: LocalizedText;
  colour: string;
  tieType: TieType;
}

/** A goal the group was asked about (what each actor wants), e.g. "un diálogo sobre los PV en Espinar". */
export interface Goal {
  id: string;
  label: LocalizedText;
}

/** Who answered: a role or a pseudonym by default; a name only if one was entered. */
export interface Informant {
  id: string;
  label: string;
  name?: string;
}

/** One mapping session: its question, where and when, what it asked about, and who answered. */
export interface MappingSession {
  id: string;
  question: LocalizedText;
  /** A year, a year-month or a full date. */
  date?: string;
  place?: string;
  linkTypes: LinkType[];
  goals: Goal[];
  informants: Informant[];
}

interface Given {
  session: string;
  informant: string;
}

/** An informant's answers: an actor named, a link reported, an influence tower, a stance on a goal. */
export type Answer =
  | (Given & { kind: 'actor'; actor: string })
  | (Given & { kind: 'tie'; source: string; target: string; linkType: string })
  | (Given & { kind: 'influence'; actor: string; tower: number })
  | (Given & { kind: 'stance'; actor: string; goal: string; stance: -1 | 0 | 1; sure?: boolean });

/** Every session of a scenario, and every answer given in them. */
export interface Mapping {
  sessions: MappingSession[];
  answers: Answer[];
}

/** One informant across sessions: `session/informant`. */
export const informantKey = (a: Given) => `${a.session}/${a.informant}`;
