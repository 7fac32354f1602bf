/**
 * Redaction of the engagement records (model/redact.ts applies it with the rest of a profile).
 *
 * - Incidents are sensitive. A profile shows them, hides them all, or generalises them: the day becomes its month,
 *   the place name and the description go (only the region stays), the sources keep their document but not where in
 *   it ("redacted") or what it quotes, and the incident gets a new id (an id made from its words could name the place or day).
 * - Every record loses the actors the profile hides; anonymised actors take their new ids.
 * - A record that named a hidden or anonymised actor could name them in its words too: it gets a new id, an
 *   engagement's topic becomes its kind ("Reunión") and its place goes, a commitment's text becomes "commitment
 *   (text hidden)", an incident's place goes, and their sources keep only their documents.
 * - Free text the profile treats as private, as it treats notes, goes: an engagement's outcome, a commitment's
 *   evidence, an incident's description, and the quotations of every record's sources.
 * - With "assumed" on, records resting on an assumption leave, as assumed actors and ties do.
 */
import { inBothLanguages } from '../text/translate';
import type { Records } from './records';
import type { Commitment, EngagementRecord, Incident, NetworkMeta, Source } from './types';
import { ENGAGEMENT_KIND_LABELS, type LabelKey } from './vocabularies';

/** What a profile does with incidents. */
export type IncidentRedaction = 'show' | 'generalise' | 'hide';
export const INCIDENT_REDACTIONS: readonly IncidentRedaction[] = ['show', 'generalise', 'hide'];
export const INCIDENT_REDACTION_LABELS: Record<IncidentRedaction, LabelKey> = {
  show: 'redaction.incidents.show',
  generalise: 'redaction.incidents.generalise',
  hide: 'redaction.incidents.hide',
};

export interface RecordRedaction {
  /** The actors kept, by their ids after redaction. */
  kept: ReadonlySet<string>;
  /** An actor's id after redaction (an anonymised one's new id). */
  idOf: (id: string) => string;
  /** Actors whose identity is hidden: left out or anonymised (their original ids). */
  concealed: ReadonlySet<string>;
  /** Notes-like free text goes. */
  clearText: boolean;
  /** Records resting on an assumption go. */
  assumed: boolean;
  incidents: IncidentRedaction;
}

/** The words a commitment's text becomes when it could name a concealed actor. */
export const HIDDEN_COMMITMENT: LabelKey = 'redacted.commitment';

const withoutQuotes = (sources: Source[]): Source[] => sources.map(({ quote: _quote, ...rest }) => rest);
/** Only the document: its title, where in it and what it says could name a place or a day ("redacted" stands for the place). */
const documentsOnly = (sources: Source[]): Source[] => sources.map(({ doc }) => ({ doc, locator: inBothLanguages('redacted') }));

type WithRecords = Pick<NetworkMeta, 'engagements' | 'commitments' | 'incidents'>;

/** The redacted lists of the records the network has (a list it does not have stays absent). */
export function redactRecords(network: WithRecords, r: RecordRedaction): Partial<Records> {
  const result: Partial<Records> = {};
  const assumedOut = <T extends { basis: string }>(list: T[]) => (r.assumed ? list.filter((x) => x.basis !== 'assumed') : list);
  const touches = (ids: readonly string[]) => ids.some((id) => r.concealed.has(id));
  const keep = <T extends { actor: string }>(list: T[]) =>
    list.map((p) => ({ ...p, actor: r.idOf(p.actor) })).filter((p) => r.kept.has(p.actor));
  const keepIds = (list: string[]) => list.map(r.idOf).filter((id) => r.kept.has(id));

  // Engagements first: commitments follow their new ids.
  const engagementIds = new Map<string, string>();
  if (network.engagements) {
    result.engagements = assumedOut(network.engagements).map((e, i): EngagementRecord => {
      let next: EngagementRecord = { ...e, participants: keep(e.participants) };
      if (r.clearText) next = { ...next, outcome: '', sources: withoutQuotes(next.sources) };
      if (touches(e.participants.map((p) => p.actor)))
        next = {
          ...next,
          id: `redacted-engagement-${i + 1}`,
          topic: inBothLanguages(ENGAGEMENT_KIND_LABELS[e.kind]),
          place: '',
          sources: documentsOnly(next.sources),
        };
      engagementIds.set(e.id, next.id);
      return next;
    });
  }

  if (network.commitments) {
    result.commitments = assumedOut(network.commitments).map((c, i): Commitment => {
      const { engagement, ...rest } = c;
      const at = engagement === undefined ? undefined : engagementIds.get(engagement);
      let next: Commitment = { ...rest, ...(at ? { engagement: at } : {}), by: keepIds(c.by), to: keepIds(c.to) };
      if (r.clearText) next = { ...next, evidence: '', sources: withoutQuotes(next.sources) };
      if (touches([...c.by, ...c.to]))
        next = {
          ...next,
          id: `redacted-commitment-${i + 1}`,
          what: inBothLanguages(HIDDEN_COMMITMENT),
          sources: documentsOnly(next.sources),
        };
      return next;
    });
  }

  if (network.incidents) {
    result.incidents =
      r.incidents === 'hide'
        ? []
        : assumedOut(network.incidents).map((incident, i): Incident => {
            let next: Incident = { ...incident, involved: keep(incident.involved) };
            if (r.clearText) next = { ...next, description: '', sources: withoutQuotes(next.sources) };
            if (r.incidents === 'generalise')
              next = {
                ...next,
                id: `incident-${i + 1}`,
                date: incident.date.slice(0, 7),
                place: '',
                description: '',
                sources: documentsOnly(next.sources),
              };
            else if (touches(incident.involved.map((p) => p.actor)))
              next = { ...next, id: `incident-${i + 1}`, place: '', sources: documentsOnly(next.sources) };
            return next;
          });
  }
  return result;
}
