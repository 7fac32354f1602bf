/**
 * Engagements and commitments as two tables, with the importer's columns (io/record-columns.ts), headers and
 * vocabulary values in the user's language ("Reunión", "Pendiente"), so a person can read them and an exported
 * sheet imports back as it was (io/record-import.ts). Actors are written by name, or by id where two actors share a
 * name; several in one cell are separated by "; ". Incidents are never written as a sheet: they are sensitive.
 */
import { englishOnly, spanishOf, type Locale } from '../model/localized';
import type { Commitment, EngagementRecord, Network, Source } from '../model/types';
import { BASIS_LABELS, COMMITMENT_STATUS_LABELS, ENGAGEMENT_KIND_LABELS, type ParticipantRole } from '../model/vocabularies';
import { label } from '../text/translate';
import { actorNames, type ActorNames } from './actor-names';
import { recordColumns } from './record-columns';
import { LIST_SEPARATOR, type Table } from './table-cells';

function sourceColumns(sources: Source[]): Record<string, string> {
  const englishLocators = sources.map((s) => englishOnly(s.locator));
  return {
    sourceDoc: sources.map((s) => s.doc).join(LIST_SEPARATOR),
    sourceLocator: sources.map((s) => spanishOf(s.locator)).join(LIST_SEPARATOR),
    sourceLocatorEn: englishLocators.some(Boolean) ? englishLocators.join(LIST_SEPARATOR) : '',
    sourceQuote: sources.some((s) => s.quote) ? sources.map((s) => s.quote ?? '').join(LIST_SEPARATOR) : '',
  };
}

const actorsIn = (ids: readonly string[], names: ActorNames, locale: Locale) => ids.map((id) => names.written(id, locale)).join('; ');

function engagementRow(e: EngagementRecord, names: ActorNames, locale: Locale): Record<string, string> {
  const withRole = (role: ParticipantRole) => e.participants.filter((p) => p.role === role).map((p) => p.actor);
  return {
    id: e.id,
    date: e.date,
    until: e.until ?? '',
    kind: label(locale, ENGAGEMENT_KIND_LABELS[e.kind]),
    topic: spanishOf(e.topic),
    topicEn: englishOnly(e.topic),
    region: e.region ?? '',
    place: spanishOf(e.place),
    placeEn: englishOnly(e.place),
    participants: actorsIn(withRole('attended'), names, locale),
    convened: actorsIn(withRole('convened'), names, locale),
    invited: actorsIn(withRole('invited'), names, locale),
    outcome: spanishOf(e.outcome),
    outcomeEn: englishOnly(e.outcome),
    ...sourceColumns(e.sources),
    basis: label(locale, BASIS_LABELS[e.basis]),
  };
}

function commitmentRow(c: Commitment, names: ActorNames, locale: Locale): Record<string, string> {
  return {
    id: c.id,
    what: spanishOf(c.what),
    whatEn: englishOnly(c.what),
    by: actorsIn(c.by, names, locale),
    to: actorsIn(c.to, names, locale),
    engagement: c.engagement ?? '',
    made: c.made ?? '',
    due: c.due ?? '',
    status: label(locale, COMMITMENT_STATUS_LABELS[c.status]),
    history: c.history.map((h) => `${h.date} = ${label(locale, COMMITMENT_STATUS_LABELS[h.status])}`).join('; '),
    evidence: spanishOf(c.evidence),
    evidenceEn: englishOnly(c.evidence),
    ...sourceColumns(c.sources),
    basis: label(locale, BASIS_LABELS[c.basis]),
  };
}

/** The network's engagements and commitments as tables (empty tables, with their headers, when it has none). */
export function recordsToTables(network: Network, locale: Locale): { engagements: Table; commitments: Table } {
  const names = actorNames(network.actors);
  const table = (kind: 'engagements' | 'commitments', rows: Record<string, string>[]): Table => {
    const columns = recordColumns(kind);
    return {
      fileName: `${network.id}-${kind}`,
      headers: columns.map((c) => label(locale, c.label)),
      rows: rows.map((row) => columns.map((c) => row[c.field] ?? '')),
    };
  };
  return {
    engagements: table(
      'engagements',
      (network.engagements ?? []).map((e) => engagementRow(e, names, locale)),
    ),
    commitments: table(
      'commitments',
      (network.commitments ?? []).map((c) => commitmentRow(c, names, locale)),
    ),
  };
}
