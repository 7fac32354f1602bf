/**
 * What a gap rule is and what it finds, apart from the rules themselves: the
 * rules on the network's structure (gaps.ts) and those on its engagement
 * records (engagement-gaps.ts) share these types and the words they name
 * actors and parties with.
 */
import { LOCALES, localize, type Locale } from '../model/localized';
import type { Actor, Network } from '../model/types';
import { PILLAR_LABELS, type Label, type LabelKey, type Pillar } from '../model/vocabularies';
import type { Message } from '../text/translate';
import type { AnalysisGraph } from './analysis-graph';
import type { Communities } from './communities';

export type Severity = 'high' | 'medium' | 'low';

export interface Gap {
  rule: GapRuleId;
  severity: Severity;
  /** One sentence about this instance, said in the interface language when shown. */
  detail: Message;
  actors: string[];
  pillars: Pillar[];
  regions: string[];
}

export interface GapContext {
  network: Network;
  graph: AnalysisGraph;
  communities: Communities;
  /** Region names for sentences. */
  regionName: (code: string) => Label;
  /**
   * The day the engagement records are read as of (`YYYY-MM-DD`): what is overdue, how long since a meeting. Given,
   * never read from a clock here, so results repeat; without it the rules on records say nothing.
   */
  today?: string;
  /** How many months without an engagement make an influential actor one to contact again (6 when not given). */
  quietMonths?: number;
}

export const GAP_RULE_IDS = [
  'pillar-pair-no-tie',
  'pillar-pair-distrust',
  'unengaged-power',
  'training-targets',
  'region-without-counterparts',
  'no-triangle',
  'silo-community',
  'quiet-influential',
  'overdue-commitment',
  'absent-from-meetings',
  'incident-not-followed',
] as const;
export type GapRuleId = (typeof GAP_RULE_IDS)[number];

export interface GapRule {
  id: GapRuleId;
  /** What the rule is called and what it looks for: keys of the catalogues. */
  label: LabelKey;
  explanation: LabelKey;
  find: (context: GapContext) => Gap[];
}

/** The actors' short names (else names), in each language, joined by commas. */
export const actorNames = (actors: readonly Actor[]) =>
  Object.fromEntries(LOCALES.map((lang) => [lang, actors.map((a) => localize(a.shortName ?? a.name, lang)).join(', ')])) as Record<
    Locale,
    string
  >;

/** A pillar's label, as a message to say inside a sentence. */
export const pillarWord = (pillar: Pillar): Message => ({ key: PILLAR_LABELS[pillar] });
