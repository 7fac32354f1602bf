/**
 * What the record forms hold (text, as typed) and how it becomes an engagement, commitment or incident for the
 * model's validation (`checkRecord`). Pure, so the conversions are tested without a browser. Texts are typed in
 * Spanish and, where different, English, as in the actor form.
 */
import { unsourcedAsAssumed } from '../../model/basis';
import { slugId } from '../../model/edits';
import { bilingual } from '../../model/localized';
import type { RecordField, Records } from '../../model/records';
import { draftsToSources, sourceToDraft, textPair, type SourceDraft } from '../../model/text-forms';
import type { Commitment, EngagementRecord, Incident } from '../../model/types';
import type { Basis } from '../../model/vocabularies';

/** An actor named in a record, with how it took part (no role for who promised and to whom). */
export interface ActorRow {
  actor: string;
  role: string;
}

interface Common {
  id: string;
  sources: SourceDraft[];
  basis: string;
}

export interface EngagementDraft extends Common {
  kind: string;
  date: string;
  until: string;
  topic: string;
  topicEn: string;
  region: string;
  place: string;
  placeEn: string;
  participants: ActorRow[];
  outcome: string;
  outcomeEn: string;
}

export interface CommitmentDraft extends Common {
  what: string;
  whatEn: string;
  by: ActorRow[];
  to: ActorRow[];
  engagement: string;
  made: string;
  due: string;
  status: string;
  /** The status when the form opened: a different status on saving is a change, dated `statusDate`. */
  statusBefore: string;
  statusDate: string;
  history: Commitment['history'];
  evidence: string;
  evidenceEn: string;
}

export interface IncidentDraft extends Common {
  kind: string;
  date: string;
  region: string;
  place: string;
  placeEn: string;
  involved: ActorRow[];
  severity: string;
  description: string;
  descriptionEn: string;
}

export interface RecordDrafts {
  engagements: EngagementDraft;
  commitments: CommitmentDraft;
  incidents: IncidentDraft;
}

const rows = (actors: readonly string[], role: string): ActorRow[] => actors.map((actor) => ({ actor, role }));
/** A new record's actors, or one empty row to fill in. */
const startRows = (actors: readonly string[], role: string): ActorRow[] => (actors.length > 0 ? rows(actors, role) : [{ actor: '', role }]);
const ids = (list: readonly ActorRow[]) => list.map((row) => row.actor).filter(Boolean);
const withRoles = (list: readonly ActorRow[]) => list.filter((row) => row.actor).map((row) => ({ actor: row.actor, role: row.role }));
const optional = <K extends string>(key: K, text: string) => (text.trim() ? { [key]: text.trim() } : {});

/**
 * A new record starts "assumed", as a new actor does: what the person typing believes until a source (the minutes, a
 * letter) is added. It starts with the actors it was opened from and, for a commitment, at the engagement it was
 * made at.
 */
export function emptyEngagementDraft(actors: readonly string[], today: string, basis: Basis = 'assumed'): EngagementDraft {
  return {
    id: '',
    kind: 'meeting',
    date: today,
    until: '',
    topic: '',
    topicEn: '',
    region: '',
    place: '',
    placeEn: '',
    participants: startRows(actors, 'attended'),
    outcome: '',
    outcomeEn: '',
    sources: [],
    basis,
  };
}

export function emptyCommitmentDraft(
  actors: readonly string[],
  today: string,
  engagement?: EngagementRecord,
  basis: Basis = 'assumed',
): CommitmentDraft {
  return {
    id: '',
    what: '',
    whatEn: '',
    by: startRows(actors, ''),
    to: [],
    engagement: engagement?.id ?? '',
    made: engagement?.date ?? today,
    due: '',
    status: 'pending',
    statusBefore: 'pending',
    statusDate: today,
    history: [],
    evidence: '',
    evidenceEn: '',
    sources: [],
    basis,
  };
}

export function emptyIncidentDraft(actors: readonly string[], today: string, basis: Basis = 'assumed'): IncidentDraft {
  return {
    id: '',
    kind: 'protest',
    date: today,
    region: '',
    place: '',
    placeEn: '',
    involved: startRows(actors, 'other'),
    severity: '',
    description: '',
    descriptionEn: '',
    sources: [],
    basis,
  };
}

export function engagementToDraft(engagement: EngagementRecord): EngagementDraft {
  const [topic, place, outcome] = [textPair(engagement.topic), textPair(engagement.place), textPair(engagement.outcome)];
  return {
    id: engagement.id,
    kind: engagement.kind,
    date: engagement.date,
    until: engagement.until ?? '',
    topic: topic.es,
    topicEn: topic.en,
    region: engagement.region ?? '',
    place: place.es,
    placeEn: place.en,
    participants: engagement.participants.map((p) => ({ ...p })),
    outcome: outcome.es,
    outcomeEn: outcome.en,
    sources: engagement.sources.map(sourceToDraft),
    basis: engagement.basis,
  };
}

/** `today`: the day a change of status made in the form is dated by default. */
export function commitmentToDraft(commitment: Commitment, today: string): CommitmentDraft {
  const [what, evidence] = [textPair(commitment.what), textPair(commitment.evidence)];
  return {
    id: commitment.id,
    what: what.es,
    whatEn: what.en,
    by: rows(commitment.by, ''),
    to: rows(commitment.to, ''),
    engagement: commitment.engagement ?? '',
    made: commitment.made ?? '',
    due: commitment.due ?? '',
    status: commitment.status,
    statusBefore: commitment.status,
    statusDate: today,
    history: commitment.history.map((change) => ({ ...change })),
    evidence: evidence.es,
    evidenceEn: evidence.en,
    sources: commitment.sources.map(sourceToDraft),
    basis: commitment.basis,
  };
}

export function incidentToDraft(incident: Incident): IncidentDraft {
  const [place, description] = [textPair(incident.place), textPair(incident.description)];
  return {
    id: incident.id,
    kind: incident.kind,
    date: incident.date,
    region: incident.region ?? '',
    place: place.es,
    placeEn: place.en,
    involved: incident.involved.map((p) => ({ ...p })),
    severity: incident.severity === null ? '' : String(incident.severity),
    description: description.es,
    descriptionEn: description.en,
    sources: incident.sources.map(sourceToDraft),
    basis: incident.basis,
  };
}

/** The draft as a record-shaped object for `checkRecord`; rows left without an actor are dropped. */
export function draftToEngagementInput(draft: EngagementDraft): Record<string, unknown> {
  return unsourcedAsAssumed({
    id: draft.id,
    kind: draft.kind,
    date: draft.date.trim(),
    ...optional('until', draft.until),
    topic: bilingual(draft.topic, draft.topicEn),
    region: draft.region || null,
    place: bilingual(draft.place, draft.placeEn),
    participants: withRoles(draft.participants),
    outcome: bilingual(draft.outcome, draft.outcomeEn),
    sources: draftsToSources(draft.sources),
    basis: draft.basis,
  });
}

/** A status other than the one the form opened with is a change, added to the history with its date. */
export function draftToCommitmentInput(draft: CommitmentDraft): Record<string, unknown> {
  const changed = draft.status !== draft.statusBefore;
  return unsourcedAsAssumed({
    id: draft.id,
    what: bilingual(draft.what, draft.whatEn),
    by: ids(draft.by),
    to: ids(draft.to),
    ...optional('engagement', draft.engagement),
    ...optional('made', draft.made),
    ...optional('due', draft.due),
    status: draft.status,
    history: changed ? [...draft.history, { date: draft.statusDate.trim(), status: draft.status }] : draft.history,
    evidence: bilingual(draft.evidence, draft.evidenceEn),
    sources: draftsToSources(draft.sources),
    basis: draft.basis,
  });
}

export function draftToIncidentInput(draft: IncidentDraft): Record<string, unknown> {
  return unsourcedAsAssumed({
    id: draft.id,
    kind: draft.kind,
    date: draft.date.trim(),
    region: draft.region || null,
    place: bilingual(draft.place, draft.placeEn),
    involved: withRoles(draft.involved),
    severity: draft.severity === '' ? null : Number(draft.severity),
    description: bilingual(draft.description, draft.descriptionEn),
    sources: draftsToSources(draft.sources),
    basis: draft.basis,
  });
}

/**
 * The id of a new record, unique in its list, read from what it is: `2025-03-14-reunion-de-seguimiento`,
 * `entregar-el-informe`, `2025-03-14-protest`.
 */
export function newRecordId<F extends RecordField>(field: F, draft: RecordDrafts[F], taken: Records[F]): string {
  const used = new Set(taken.map((r) => r.id));
  const d = draft as Partial<EngagementDraft & CommitmentDraft & IncidentDraft>;
  const name =
    field === 'engagements'
      ? `${d.date} ${d.topic || d.topicEn}`
      : field === 'commitments'
        ? `${d.what || d.whatEn}`
        : `${d.date} ${d.kind}`;
  // "engagement", "commitment", "incident" when nothing in it makes a name yet (validation says what is missing).
  return slugId(name.trim() || field.slice(0, -1), used);
}
