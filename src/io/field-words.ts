/**
 * A record's fields and values in words, as the inspector shows them: field
 * labels, vocabulary values ("company" → "Empresa"), scale steps ("4 · Alta"),
 * region names rather than ISO codes, sources by their documents' titles,
 * contacts as names and roles, the basis of single fields one field at a time.
 * Used by the comparison's list of changes and its exported diff sheet.
 */
import { INTL_LOCALE, formatNumber, localize, type Locale } from '../model/localized';
import { regionName } from '../model/regions';
import type { Contact, Source } from '../model/types';
import {
  BASIS_LABELS,
  CAPACITY,
  CAPACITY_LABELS,
  ENGAGEMENT_LABELS,
  INFLUENCE,
  LEVEL_LABELS,
  SECTOR_LABELS,
  STANCE,
  STRENGTH,
  TIE_TYPE_LABELS,
  TRUST,
  VP_INTEREST,
  VP_KNOWLEDGE,
  VP_STATUS_LABELS,
  type Basis,
  type Label,
  type LabelKey,
  type Scale,
} from '../model/vocabularies';
import { label, message } from '../text/translate';

/** The model's fields as people call them. */
export const FIELD_LABELS: Record<string, LabelKey> = {
  name: 'field.name',
  shortName: 'field.shortName',
  aliases: 'field.aliases',
  sector: 'field.sector',
  level: 'field.level',
  country: 'field.country',
  region: 'field.region',
  influence: 'field.influence',
  vpKnowledge: 'field.vpKnowledge',
  vpInterest: 'field.vpInterest',
  stance: 'field.stance',
  engagement: 'field.engagement',
  vpStatus: 'field.vpStatus',
  capacities: 'field.capacities',
  contacts: 'field.contacts',
  tags: 'field.tags',
  notes: 'field.notes',
  sources: 'field.sources',
  basis: 'field.basis',
  fieldBasis: 'field.fieldBasis',
  extra: 'field.extra',
  type: 'field.type',
  directed: 'field.directed',
  trust: 'field.trust',
  strength: 'field.strength',
  since: 'field.since',
  until: 'field.until',
};

/** The words for a value of a field with a vocabulary ("company" → "Empresa"). */
const VALUE_LABELS: Record<string, Readonly<Record<string, LabelKey>>> = {
  sector: SECTOR_LABELS,
  level: LEVEL_LABELS,
  engagement: ENGAGEMENT_LABELS,
  vpStatus: VP_STATUS_LABELS,
  basis: BASIS_LABELS,
  type: TIE_TYPE_LABELS,
};
/** Fields whose value is a step on a scale (4 → "4 · Alta"); a capacity's steps are CAPACITY's. */
const SCALES: Record<string, Scale> = {
  influence: INFLUENCE,
  vpKnowledge: VP_KNOWLEDGE,
  vpInterest: VP_INTEREST,
  stance: STANCE,
  trust: TRUST,
  strength: STRENGTH,
  capacities: CAPACITY,
};
/** Fields that are assessed: left out, they read "not assessed" rather than "(empty)". */
const ASSESSED = new Set(['influence', 'vpKnowledge', 'vpInterest', 'stance', 'engagement', 'vpStatus', 'capacities', 'trust', 'strength']);

/** Which field, and for a field holding one value per key (`fieldBasis`, `capacities`, `extra`), which key. */
export interface FieldRef {
  field: string;
  key?: string;
}

/** How a value of `field` (`key`) reads: its label ("Influencia", "Capacidad técnica", "Influencia (base)"). */
export function fieldLabel(ref: FieldRef | string, locale: Locale): string {
  const { field, key } = typeof ref === 'string' ? { field: ref, key: undefined } : ref;
  const plain = (name: string) => (FIELD_LABELS[name] ? label(locale, FIELD_LABELS[name]) : name);
  if (key === undefined) return plain(field);
  if (field === 'fieldBasis') return label(locale, message('field.basisOf', { field: plain(key) }));
  if (field === 'capacities' && key in CAPACITY_LABELS) return label(locale, CAPACITY_LABELS[key as keyof typeof CAPACITY_LABELS]);
  return `${plain(field)} · ${key}`;
}

/** What the words of a value may draw on beyond the language: the documents' titles by file name. */
export interface ValueContext {
  /** A source document's title by its `doc` (the networks' own `sources`); the file name when missing. */
  titles?: ReadonlyMap<string, string>;
  /** The basis of the record the value belongs to: what a field without a basis of its own rests on. */
  recordBasis?: Basis;
}

/** The documents' titles a network lists, by file name, for `ValueContext.titles`. */
export function sourceTitles(...networks: { sources: readonly Source[] }[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const network of networks) for (const s of network.sources) if (s.title && !titles.has(s.doc)) titles.set(s.doc, s.title);
  return titles;
}

/**
 * A value of a field in words, as the inspector shows it; '' for a value left
 * out of a field that is not assessed (the caller says "(empty)" its own way).
 */
export function fieldValue(ref: FieldRef | string, value: unknown, locale: Locale, context: ValueContext = {}): string {
  return fieldValueLines(ref, value, locale, context).join(' · ');
}

/**
 * A value in words as `fieldValue` gives it, a line per item where the value is
 * a list a reader takes item by item: a contact per line, a source document per
 * line. No lines for a value left out of a field that is not assessed.
 */
export function fieldValueLines(ref: FieldRef | string, value: unknown, locale: Locale, context: ValueContext = {}): string[] {
  const field = typeof ref === 'string' ? ref : ref.field;
  if (field === 'contacts' && Array.isArray(value) && value.length > 0) return (value as Contact[]).map((c) => contactWords(c, locale));
  if (field === 'sources' && isSources(value) && value.length > 0) return sourceLines(value, locale, context.titles);
  const words = valueWords(field, value, locale, context);
  return words ? [words] : [];
}

function valueWords(field: string, value: unknown, locale: Locale, context: ValueContext): string {
  if (value === undefined || value === null || value === '') {
    if (field === 'fieldBasis')
      return context.recordBasis
        ? label(locale, message('field.recordBasis', { basis: { key: BASIS_LABELS[context.recordBasis] } }))
        : label(locale, 'field.basisOfRecord');
    if (ASSESSED.has(field)) return label(locale, 'inspector.notAssessed');
    return '';
  }
  const vocabulary: Readonly<Record<string, LabelKey>> | undefined = field === 'fieldBasis' ? BASIS_LABELS : VALUE_LABELS[field];
  if (typeof value === 'string' && vocabulary?.[value]) return label(locale, vocabulary[value]);
  const step = typeof value === 'number' ? SCALES[field]?.labels[value] : undefined;
  if (step) return `${formatNumber(value as number, locale)} · ${label(locale, step)}`;
  if (field === 'region' && typeof value === 'string') return regionName(value, locale);
  if (field === 'country' && typeof value === 'string') return countryName(value, locale);
  if (field === 'directed' && typeof value === 'boolean') return label(locale, value ? 'inspector.directed' : 'inspector.undirected');
  if (typeof value === 'boolean') return label(locale, value ? 'field.yes' : 'field.no');
  if (typeof value === 'number') return formatNumber(value, locale);
  return cellValue(value, locale);
}

/** Any other value: text as it is, a text in two languages in `locale`, a list of texts; an unforeseen shape as JSON. */
function cellValue(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'es' in value && 'en' in value)
    return localize(value as Label, locale);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('; ');
  return JSON.stringify(value);
}

const isSources = (value: unknown): value is Source[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'doc' in item && 'locator' in item);

/** "Cynthia García — Participante en la mesa redonda", as the inspector lists a contact. */
function contactWords(contact: Contact, locale: Locale): string {
  const role = localize(contact.role, locale);
  return role ? `${contact.name} — ${role}` : contact.name;
}

/** Sources by document, each document once by its title with the places cited in it: "Title (Annex 4; I Introduction)". */
function sourceLines(sources: readonly Source[], locale: Locale, titles: ReadonlyMap<string, string> = new Map()): string[] {
  const byDoc = new Map<string, string[]>();
  for (const s of sources) {
    const places = byDoc.get(s.doc) ?? [];
    const place = localize(s.locator, locale);
    if (place && !places.includes(place)) places.push(place);
    byDoc.set(s.doc, places);
  }
  return [...byDoc].map(([doc, places]) => {
    const title = titles.get(doc) ?? sources.find((s) => s.doc === doc && s.title)?.title ?? doc;
    return places.length > 0 ? `${title} (${places.join('; ')})` : title;
  });
}

const countryNames = new Map<Locale, Intl.DisplayNames>();
/** A country's name from its ISO 3166-1 code ("PE" → "Perú"), the code itself when unknown. */
function countryName(code: string, locale: Locale): string {
  let names = countryNames.get(locale);
  if (!names) countryNames.set(locale, (names = new Intl.DisplayNames(INTL_LOCALE[locale], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
