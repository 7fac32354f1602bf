/**
 * How the views name informants and say which answers a network was given from ("Calculado sobre el consenso: al
 * menos 2 de 3 informantes"). Informants are named by the label their session gave them (a role or a pseudonym),
 * never by a name entered beside it.
 */
import { informantsOf, type AnsweredBy } from '../../analysis/answered-network';
import { locale } from '../../i18n/locale.svelte';
import type { Network } from '../../model/types';

/** Each informant who answered (`session/informant`) by label; two of the same label are told apart by their session. */
export function informantLabels(network: Network | null): Map<string, string> {
  const list = network ? informantsOf(network) : [];
  const uses = new Map<string, number>();
  for (const { label } of list) uses.set(label, (uses.get(label) ?? 0) + 1);
  return new Map(list.map(({ key, label }) => [key, uses.get(label)! > 1 ? `${label} (${key.slice(0, key.lastIndexOf('/'))})` : label]));
}

/** Which network an analysis was computed on, in words; empty when the network holds no answers. */
export function computedOn(network: Network | null, by: AnsweredBy | null): string {
  if (!network?.mapping || network.mapping.answers.length === 0) return '';
  const labels = informantLabels(network);
  if (!by) return locale.t('answers.computedOn.all');
  if ('informant' in by) return locale.t('answers.computedOn.informant', { informant: labels.get(by.informant) ?? by.informant });
  return locale.t('answers.computedOn.consensus', { k: by.atLeast, count: labels.size });
}

/** What the answers' tables need to name things and to select a row's actor or tie in every view. */
export interface RowHelpers {
  /** Informants by `session/informant`. */
  labels: Map<string, string>;
  nameOf: (actor: string) => string;
  goalOf: (goal: string) => string;
  selectedActor: (actor: string) => boolean;
  /** By the tie's key (analysis/agreement.ts). */
  selectedTie: (key: string) => boolean;
  selectActor: (actor: string) => void;
  selectTie: (key: string) => void;
}

/** A stance given (−1, 0, +1) in words. */
export function stanceWords(stance: -1 | 0 | 1): string {
  return locale.t(stance > 0 ? 'answers.stance.for' : stance < 0 ? 'answers.stance.against' : 'answers.stance.neutral');
}
