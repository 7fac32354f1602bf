/**
 * Redaction of the engagement records, by the rules the network's actors and ties follow: a hidden actor leaves every
 * record, an anonymised one appears under its new id, a record resting on an assumption leaves with the assumed
 * records, and where free text is cleared so are the records' (outcome, evidence, description, place) and the
 * quotations of their sources. Kept apart from redact.ts so the records' own rules (an incident's date to its month,
 * its place to its region) can grow here.
 */
import type { Network, Source } from './types';
import type { Records } from './records';

export interface RecordRedaction {
  /** An actor's id after anonymisation. */
  idOf: (id: string) => string;
  /** The actors left in the redacted network (by their new ids). */
  kept: ReadonlySet<string>;
  clearText: boolean;
  assumed: boolean;
}

const withoutQuotes = (sources: Source[]): Source[] => sources.map(({ quote: _quote, ...rest }) => rest);

/** The records of the network as the redacted network holds them; a list the network does not have stays absent. */
export function redactRecords(network: Pick<Network, keyof Records>, rules: RecordRedaction): Partial<Records> {
  const { idOf, kept, clearText, assumed } = rules;
  const ids = (list: string[]) => list.map(idOf).filter((id) => kept.has(id));
  const roles = <T extends { actor: string }>(list: T[]) =>
    list.map((p) => ({ ...p, actor: idOf(p.actor) })).filter((p) => kept.has(p.actor));
  const keep = <T extends { basis: string; sources: Source[] }>(list: T[]) =>
    (assumed ? list.filter((r) => r.basis !== 'assumed') : list).map((r) => (clearText ? { ...r, sources: withoutQuotes(r.sources) } : r));
  const out: Partial<Records> = {};
  if (network.engagements)
    out.engagements = keep(network.engagements).map((e) => ({
      ...e,
      participants: roles(e.participants),
      ...(clearText ? { outcome: '', place: '' } : {}),
    }));
  if (network.commitments) {
    const engagements = new Set((out.engagements ?? []).map((e) => e.id));
    out.commitments = keep(network.commitments).map((c) => {
      const next = { ...c, by: ids(c.by), to: ids(c.to), ...(clearText ? { evidence: '' } : {}) };
      // A commitment made at an engagement that left keeps no pointer to it.
      if (next.engagement !== undefined && !engagements.has(next.engagement)) delete next.engagement;
      return next;
    });
  }
  if (network.incidents)
    out.incidents = keep(network.incidents).map((i) => ({
      ...i,
      involved: roles(i.involved),
      ...(clearText ? { description: '', place: '' } : {}),
    }));
  return out;
}
