/**
 * Redaction: what a presenter hides before showing or exporting a network in
 * a room where not everyone may see everything. A profile is data; applying
 * it gives a new network from which the hidden values are gone (not merely
 * not drawn), so every view and every export made from it is safe.
 */
import type { Answer } from './informants';
import { inBothLanguages } from '../text/translate';
import { redactRecords, type IncidentRedaction } from './redact-records';
import type { Actor, LocalizedText, Network, Source, Tie } from './types';
import { SECTOR_LABELS, type LabelKey, type Sector } from './vocabularies';

export interface RedactionProfile {
  /** People's names: every actor's contacts. */
  contacts: boolean;
  /** Trust: no trust values, no distrust ties, nothing about trust in legends or tooltips. */
  trust: boolean;
  /** Notes, and the quotations of sources (they may name people). */
  notes: boolean;
  /** Assumed values: records resting on an assumption leave, assumed values of other records are cleared. */
  assumed: boolean;
  /** Actors of these sectors are shown as "Comunidad A", "Comunidad B" …, with nothing that identifies them. */
  anonymise: Sector[];
  /** These actors, and their ties, are left out entirely. */
  hide: string[];
  /** Incidents (sensitive): shown, generalised (month, region, no place or description) or hidden (model/redact-records.ts). */
  incidents: IncidentRedaction;
}

export const NO_REDACTION: RedactionProfile = {
  contacts: false,
  trust: false,
  notes: false,
  assumed: false,
  anonymise: [],
  hide: [],
  incidents: 'show',
};

/** The profile a workshop with communities present usually wants. */
export const WORKSHOP_REDACTION: RedactionProfile = {
  contacts: true,
  trust: true,
  notes: true,
  assumed: false,
  anonymise: ['community'],
  hide: [],
  incidents: 'generalise',
};

export function isRedacting(profile: RedactionProfile): boolean {
  return (
    profile.contacts ||
    profile.trust ||
    profile.notes ||
    profile.assumed ||
    profile.anonymise.length > 0 ||
    profile.hide.length > 0 ||
    profile.incidents !== 'show'
  );
}

/** The word that marks a redacted network's title, file names and slides: a key of the catalogues. */
export const REDACTED_MARK: LabelKey = 'redacted';

/** A, B, … Z, AA, AB … */
function letters(index: number): string {
  let text = '';
  let n = index;
  do {
    text = String.fromCharCode(65 + (n % 26)) + text;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return text;
}

const SCALE_FIELDS = ['influence', 'vpKnowledge', 'vpInterest', 'stance'] as const;
const CAPACITY_FIELDS = ['technical', 'humanRights', 'conflictPrevention', 'impartiality'] as const;

function withoutQuotes(sources: Source[]): Source[] {
  return sources.map(({ quote: _quote, ...rest }) => rest);
}

/** Clears the values whose own basis is assumed; the record itself is not assumed. */
function clearAssumedActorValues(actor: Actor): Actor {
  const next: Actor = { ...actor, capacities: { ...actor.capacities }, fieldBasis: { ...actor.fieldBasis } };
  for (const field of SCALE_FIELDS) {
    if (actor.fieldBasis[field] === 'assumed') {
      next[field] = null;
      delete next.fieldBasis[field];
    }
  }
  for (const field of CAPACITY_FIELDS) {
    if ((actor.fieldBasis[field] ?? actor.fieldBasis.capacities) === 'assumed') {
      next.capacities[field] = null;
      delete next.fieldBasis[field];
    }
  }
  if (actor.fieldBasis.engagement === 'assumed') {
    next.engagement = null;
    delete next.fieldBasis.engagement;
  }
  if (actor.fieldBasis.vpStatus === 'assumed') {
    next.vpStatus = null;
    delete next.fieldBasis.vpStatus;
  }
  return next;
}

function clearAssumedTieValues(tie: Tie): Tie {
  const next: Tie = { ...tie, fieldBasis: { ...tie.fieldBasis } };
  for (const field of ['trust', 'strength'] as const) {
    if (tie.fieldBasis[field] === 'assumed') {
      next[field] = null;
      delete next.fieldBasis[field];
    }
  }
  return next;
}

const suffix = (title: LocalizedText): LocalizedText => {
  const mark = inBothLanguages(REDACTED_MARK);
  return typeof title === 'string'
    ? `${title} (${mark.es} / ${mark.en})`
    : { es: `${title.es} (${mark.es})`, en: `${title.en} (${mark.en})` };
};

/** The network with everything the profile hides taken out. Unchanged (the same object) when the profile hides nothing. */
export function redactNetwork(network: Network, profile: RedactionProfile): Network {
  if (!isRedacting(profile)) return network;
  const hidden = new Set(profile.hide);
  // Free text may name anyone: hiding or anonymising actors clears it everywhere, as "notes" does.
  const clearText = profile.notes || profile.anonymise.length > 0 || profile.hide.length > 0;
  let actors = network.actors.filter((a) => !hidden.has(a.id));
  if (profile.assumed) actors = actors.filter((a) => a.basis !== 'assumed').map(clearAssumedActorValues);

  // Anonymised actors get new ids and names, lettered in the order of the file, per sector.
  const renamed = new Map<string, string>();
  const counters = new Map<Sector, number>();
  actors = actors.map((actor) => {
    let next = actor;
    if (profile.anonymise.includes(actor.sector)) {
      const index = counters.get(actor.sector) ?? 0;
      counters.set(actor.sector, index + 1);
      const letter = letters(index);
      const id = `anon-${actor.sector.replace(/_/g, '-')}-${letter.toLowerCase()}`;
      renamed.set(actor.id, id);
      const label = inBothLanguages(SECTOR_LABELS[actor.sector]);
      next = {
        ...actor,
        id,
        name: { es: `${label.es} ${letter}`, en: `${label.en} ${letter}` },
        aliases: [],
        tags: [],
        notes: '',
        contacts: [],
        region: null,
        sources: withoutQuotes(actor.sources),
        extra: undefined,
      };
      delete (next as { shortName?: unknown }).shortName;
    }
    if (profile.contacts) next = { ...next, contacts: [] };
    if (clearText) next = { ...next, notes: '', sources: withoutQuotes(next.sources) };
    return next;
  });
  const kept = new Set(actors.map((a) => a.id));
  const idOf = (id: string) => renamed.get(id) ?? id;

  let ties = network.ties
    .map((tie) => ({ ...tie, source: idOf(tie.source), target: idOf(tie.target) }))
    .filter((tie) => kept.has(tie.source) && kept.has(tie.target));
  if (profile.assumed) ties = ties.filter((t) => t.basis !== 'assumed').map(clearAssumedTieValues);
  if (profile.trust) {
    ties = ties
      .filter((t) => t.trust === null || t.trust >= 0)
      .map((t) => {
        const fieldBasis = { ...t.fieldBasis };
        delete fieldBasis.trust;
        return { ...t, trust: null, fieldBasis };
      });
  }
  const anonymous = new Set(renamed.values());
  ties = ties.map((tie, index) => {
    let next = tie;
    if (clearText) next = { ...next, notes: '', sources: withoutQuotes(next.sources) };
    // A tie's id is made of its ends' ids: an anonymised end must not show through it.
    if (anonymous.has(tie.source) || anonymous.has(tie.target)) next = { ...next, id: `anon-tie-${index + 1}`, extra: undefined };
    return next;
  });

  // Informants' answers follow their actors (renamed, or gone with them); a name entered beside an informant's role
  // or pseudonym never shows.
  const mapping = network.mapping && {
    sessions: network.mapping.sessions.map((session) => ({
      ...session,
      informants: session.informants.map(({ id, label }) => ({ id, label })),
      ...(session.board
        ? {
            board: Object.fromEntries(
              Object.entries(session.board).flatMap(([id, place]) => (kept.has(idOf(id)) ? [[idOf(id), place]] : [])),
            ),
          }
        : {}),
    })),
    answers: network.mapping.answers.flatMap((answer): Answer[] => {
      if (answer.kind === 'tie') {
        const [source, target] = [idOf(answer.source), idOf(answer.target)];
        return kept.has(source) && kept.has(target) ? [{ ...answer, source, target }] : [];
      }
      const actor = idOf(answer.actor);
      return kept.has(actor) ? [{ ...answer, actor }] : [];
    }),
  };

  const records = redactRecords(network, {
    kept,
    idOf,
    concealed: new Set([...hidden, ...renamed.keys()]),
    clearText,
    assumed: profile.assumed,
    incidents: profile.incidents,
  });

  return {
    ...network,
    ...records,
    title: suffix(network.title),
    description: clearText ? '' : network.description,
    sources: clearText ? withoutQuotes(network.sources) : network.sources,
    actors,
    ties,
    ...(mapping ? { mapping } : {}),
  };
}
