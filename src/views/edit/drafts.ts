/**
 * Form drafts: what the actor and tie forms hold (text, as typed) and how it
 * becomes a record for the model's validation. Pure, so the conversions are
 * tested without a browser.
 */
import type { Actor, Contact, Source, Tie } from '../../model/types';
import type { Basis } from '../../model/vocabularies';

export const SCORE_FIELDS = ['influence', 'vpKnowledge', 'vpInterest', 'stance'] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];
export const CAPACITY_FIELDS = ['technical', 'humanRights', 'conflictPrevention'] as const;

export interface ActorDraft {
  id: string;
  name: string;
  shortName: string;
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
  contacts: string;
  tags: string;
  notes: string;
  sources: Source[];
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

/** The sources typed in a form, trimmed, empty rows left out. */
function cleanSources(sources: Source[]): Source[] {
  return sources
    .filter((s) => s.doc.trim() || s.locator.trim() || s.quote?.trim())
    .map((s) => ({ doc: s.doc.trim(), locator: s.locator.trim(), ...(s.quote?.trim() ? { quote: s.quote.trim() } : {}) }));
}

export function emptyActorDraft(basis: Basis = 'documented'): ActorDraft {
  return {
    id: '', name: '', shortName: '', aliases: '', sector: 'civil_society', level: '', country: 'PE', region: '',
    influence: '', vpKnowledge: '', vpInterest: '', stance: '',
    scoreBasis: { influence: basis, vpKnowledge: basis, vpInterest: basis, stance: basis },
    engagement: '', vpStatus: '', technical: '', humanRights: '', conflictPrevention: '',
    contacts: '', tags: '', notes: '', sources: [], basis,
  };
}

export function actorToDraft(actor: Actor): ActorDraft {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    id: actor.id,
    name: actor.name,
    shortName: actor.shortName ?? '',
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
    contacts: actor.contacts.map((c) => (c.role ? `${c.name} — ${c.role}` : c.name)).join('\n'),
    tags: actor.tags.join('; '),
    notes: actor.notes,
    sources: structuredClone(actor.sources),
    basis: actor.basis,
  };
}

function contacts(text: string): Contact[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...role] = line.split(/\s+[—–-]\s+/);
      return { name: name.trim(), role: role.join(' — ').trim() };
    });
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
  return {
    id: draft.id,
    name: draft.name,
    ...(draft.shortName.trim() ? { shortName: draft.shortName.trim() } : {}),
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
    },
    contacts: contacts(draft.contacts),
    tags: list(draft.tags),
    notes: draft.notes.trim(),
    sources: cleanSources(draft.sources),
    basis: draft.basis,
    fieldBasis,
  };
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
  sources: Source[];
  basis: string;
}

export function emptyTieDraft(source = '', target = '', basis: Basis = 'documented'): TieDraft {
  return {
    id: '', source, target, type: 'dialogue', directed: false, trust: '', strength: '1', since: '', until: '',
    notes: '', sources: [], basis,
  };
}

export function tieToDraft(tie: Tie): TieDraft {
  return {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    type: tie.type,
    directed: tie.directed,
    trust: tie.trust === null ? '' : String(tie.trust),
    strength: String(tie.strength),
    since: tie.since ?? '',
    until: tie.until ?? '',
    notes: tie.notes,
    sources: structuredClone(tie.sources),
    basis: tie.basis,
  };
}

export function draftToTieInput(draft: TieDraft, previous?: Tie): Record<string, unknown> {
  const fieldBasis = { ...(previous?.fieldBasis ?? {}) };
  return {
    id: draft.id,
    source: draft.source,
    target: draft.target,
    type: draft.type,
    directed: draft.directed,
    trust: score(draft.trust),
    strength: score(draft.strength) ?? 1,
    ...(draft.since.trim() ? { since: draft.since.trim() } : {}),
    ...(draft.until.trim() ? { until: draft.until.trim() } : {}),
    notes: draft.notes.trim(),
    sources: cleanSources(draft.sources),
    basis: draft.basis,
    fieldBasis,
  };
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
