/**
 * Form drafts: what the actor and tie forms hold (text, as typed) and how it
 * becomes a record for the model's validation. Pure, so the conversions are
 * tested without a browser.
 */
import { unsourcedAsAssumed } from '../../model/basis';
import { bilingual } from '../../model/localized';
import { draftsToSources, formatContact, parseContact, sourceToDraft, textPair, type SourceDraft } from '../../model/text-forms';
import type { Actor, Tie } from '../../model/types';
import type { Basis } from '../../model/vocabularies';

export const SCORE_FIELDS = ['influence', 'vpKnowledge', 'vpInterest', 'stance'] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

/** Names and notes are typed in Spanish and, where different, English. */
export interface ActorDraft {
  id: string;
  name: string;
  nameEn: string;
  shortName: string;
  shortNameEn: string;
  aliases: string;
  sector: string;
  level: string;
  country: string;
  region: string;
  influence: string;
  vpKnowledge: string;
  vpInterest: string;
  stance: string;
  scoreBasis: Record<ScoreField, string>;
  engagement: string;
  vpStatus: string;
  technical: string;
  humanRights: string;
  conflictPrevention: string;
  impartiality: string;
  contacts: string;
  tags: string;
  notes: string;
  notesEn: string;
  sources: SourceDraft[];
  basis: string;
}

const list = (text: string) =>
  text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
/** A number field: empty is "not assessed"; anything else goes to validation as typed, so "x" is reported, not dropped. */
const score = (text: string) => (text.trim() === '' ? null : Number.isNaN(Number(text)) ? text : Number(text));

/**
 * A new record starts "assumed": it is what the person typing believes until
 * a source is added (a record without a source is never "documented").
 */
export function emptyActorDraft(basis: Basis = 'assumed'): ActorDraft {
  return {
    id: '',
    name: '',
    nameEn: '',
    shortName: '',
    shortNameEn: '',
    aliases: '',
    sector: 'civil_society',
    level: '',
    country: 'PE',
    region: '',
    influence: '',
    vpKnowledge: '',
    vpInterest: '',
    stance: '',
    scoreBasis: { influence: basis, vpKnowledge: basis, vpInterest: basis, stance: basis },
    engagement: '',
    vpStatus: '',
    technical: '',
    humanRights: '',
    conflictPrevention: '',
    impartiality: '',
    contacts: '',
    tags: '',
    notes: '',
    notesEn: '',
    sources: [],
    basis,
  };
}

export function actorToDraft(actor: Actor): ActorDraft {
  const text = (value: number | null) => (value === null ? '' : String(value));
  const [name, shortName, notes] = [textPair(actor.name), textPair(actor.shortName), textPair(actor.notes)];
  return {
    id: actor.id,
    name: name.es,
    nameEn: name.en,
    shortName: shortName.es,
    shortNameEn: shortName.en,
    aliases: actor.aliases.join('; '),
    sector: actor.sector,
    level: actor.level ?? '',
    country: actor.country ?? '',
    region: actor.region ?? '',
    influence: text(actor.influence),
    vpKnowledge: text(actor.vpKnowledge),
    vpInterest: text(actor.vpInterest),
    stance: text(actor.stance),
    scoreBasis: Object.fromEntries(SCORE_FIELDS.map((f) => [f, actor.fieldBasis[f] ?? actor.basis])) as Record<ScoreField, string>,
    engagement: actor.engagement ?? '',
    vpStatus: actor.vpStatus ?? '',
    technical: text(actor.capacities.technical),
    humanRights: text(actor.capacities.humanRights),
    conflictPrevention: text(actor.capacities.conflictPrevention),
    impartiality: text(actor.capacities.impartiality),
    contacts: actor.contacts.map(formatContact).join('\n'),
    tags: actor.tags.join('; '),
    notes: notes.es,
    notesEn: notes.en,
    sources: actor.sources.map(sourceToDraft),
    basis: actor.basis,
  };
}

function contacts(text: string) {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map(parseContact);
}

/**
 * The draft as an actor-shaped object for `checkActor`. Field bases equal to
 * the record's basis are left out; others are kept (e.g. an assumed influence
 * in a documented record). `previous` keeps the field bases of fields the form
 * does not show.
 */
export function draftToActorInput(draft: ActorDraft, previous?: Actor): Record<string, unknown> {
  const fieldBasis: Record<string, string> = { ...(previous?.fieldBasis ?? {}) };
  for (const field of SCORE_FIELDS) {
    const basis = draft.scoreBasis[field];
    if (draft[field].trim() === '' || basis === draft.basis) delete fieldBasis[field];
    else fieldBasis[field] = basis;
  }
  return unsourcedAsAssumed({
    id: draft.id,
    name: bilingual(draft.name, draft.nameEn),
    ...(draft.shortName.trim() || draft.shortNameEn.trim() ? { shortName: bilingual(draft.shortName, draft.shortNameEn) } : {}),
    aliases: list(draft.aliases),
    sector: draft.sector,
    level: orNull(draft.level),
    country: orNull(draft.country.toUpperCase()),
    region: orNull(draft.region),
    influence: score(draft.influence),
    vpKnowledge: score(draft.vpKnowledge),
    vpInterest: score(draft.vpInterest),
    stance: score(draft.stance),
    engagement: orNull(draft.engagement),
    vpStatus: orNull(draft.vpStatus),
    capacities: {
      technical: score(draft.technical),
      humanRights: score(draft.humanRights),
      conflictPrevention: score(draft.conflictPrevention),
      impartiality: score(draft.impartiality),
    },
    contacts: contacts(draft.contacts),
    tags: list(draft.tags),
    notes: bilingual(draft.notes, draft.notesEn),
    sources: draftsToSources(draft.sources),
    basis: draft.basis,
    fieldBasis,
  });
}

export interface TieDraft {
  id: string;
  source: string;
  target: string;
  type: string;
  directed: boolean;
  trust: string;
  strength: string;
  since: string;
  until: string;
  notes: string;
  notesEn: string;
  sources: SourceDraft[];
  basis: string;
}

export function emptyTieDraft(source = '', target = '', basis: Basis = 'assumed'): TieDraft {
  return {
    id: '',
    source,
    target,
    type: 'dialogue',
    directed: false,
    trust: '',
    strength: '',
    since: '',
    until: '',
    notes: '',
    notesEn: '',
    sources: [],
    basis,
  };
}

export function tieToDraft(tie: Tie): TieDraft {
  const notes = textPair(tie.notes);
  return {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    type: tie.type,
    directed: tie.directed,
    trust: tie.trust === null ? '' : String(tie.trust),
    strength: tie.strength === null ? '' : String(tie.strength),
    since: tie.since ?? '',
    until: tie.until ?? '',
    notes: notes.es,
    notesEn: notes.en,
    sources: tie.sources.map(sourceToDraft),
    basis: tie.basis,
  };
}

export function draftToTieInput(draft: TieDraft, previous?: Tie): Record<string, unknown> {
  const fieldBasis = { ...(previous?.fieldBasis ?? {}) };
  return unsourcedAsAssumed({
    id: draft.id,
    source: draft.source,
    target: draft.target,
    type: draft.type,
    directed: draft.directed,
    trust: score(draft.trust),
    strength: score(draft.strength),
    ...(draft.since.trim() ? { since: draft.since.trim() } : {}),
    ...(draft.until.trim() ? { until: draft.until.trim() } : {}),
    notes: bilingual(draft.notes, draft.notesEn),
    sources: draftsToSources(draft.sources),
    basis: draft.basis,
    fieldBasis,
  });
}

/** The fields of `after` that differ from `before`, for an update edit that changes only what the user changed. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  for (const key of Object.keys(before) as (keyof T)[]) {
    if (!(key in after)) patch[key] = undefined as T[keyof T];
  }
  return patch;
}
