/**
 * What the drawing marks of the informants' agreement (analysis/agreement.ts), matched to the network's ties by
 * their key (type and ends), not read from what a tie carries: a tie that only one of two or more informants asked
 * reported, one that at least half of those asked reported, and the actors whose towers range over TOWER_RANGE
 * steps or more. Pure.
 */
import { agreement, tieKey, TOWER_RANGE } from '../../analysis/agreement';
import type { Network } from '../../model/types';

/** `one`: only one of the two or more informants asked reported it; `most`: at least half of those asked did. */
export type TieAgreementMark = 'one' | 'most';

export interface AgreementMarks {
  /** By tie id; ties no informant reported, or reported by more than one but fewer than half, are not marked. */
  ties: Map<string, TieAgreementMark>;
  /** Actors whose towers the informants gave TOWER_RANGE steps or more apart. */
  towersDiffer: Set<string>;
}

/** Null when the network holds no mapping answers. */
export function agreementMarks(network: Network): AgreementMarks | null {
  const mapping = network.mapping;
  if (!mapping || mapping.answers.length === 0) return null;
  const combined = agreement(mapping);
  const byKey = new Map(combined.ties.map((t) => [t.key, t]));
  const ties = new Map<string, TieAgreementMark>();
  for (const tie of network.ties) {
    const answered = byKey.get(tieKey(tie));
    if (!answered) continue;
    if (answered.reporters.length === 1 && answered.asked >= 2) ties.set(tie.id, 'one');
    else if (answered.reporters.length * 2 >= answered.asked) ties.set(tie.id, 'most');
  }
  const towersDiffer = new Set(combined.influence.filter((i) => i.towers.length > 1 && i.range >= TOWER_RANGE).map((i) => i.actor));
  return { ties, towersDiffer };
}
