/**
 * A network as two tables (actors and ties) with the importer's columns,
 * headers and vocabulary values in the user's language ("Empresa",
 * "documentado"), so a person can read it and an exported file imports back
 * as it was. Names, notes and locators take two columns, Spanish and English.
 * Attributes kept from other tools (`extra`) become further columns.
 */
import { englishOnly, spanishOf, type Locale } from '../model/localized';
import { formatContact } from '../model/text-forms';
import type { Actor, Network, Source, Tie } from '../model/types';
import {
  BASIS_LABELS,
  ENGAGEMENT_LABELS,
  LEVEL_LABELS,
  SECTOR_LABELS,
  TIE_TYPE_LABELS,
  VP_STATUS_LABELS,
  type LabelKey,
} from '../model/vocabularies';
import { label } from '../text/translate';
import { ACTOR_COLUMNS, TIE_COLUMNS, type ColumnDefinition } from './columns';
import { LIST_SEPARATOR, type Table } from './table-import';

type Value = string | number | boolean;

function sourceColumns(sources: Source[]): Record<string, string> {
  const englishLocators = sources.map((s) => englishOnly(s.locator));
  return {
    sourceDoc: sources.map((s) => s.doc).join(LIST_SEPARATOR),
    sourceLocator: sources.map((s) => spanishOf(s.locator)).join(LIST_SEPARATOR),
    sourceLocatorEn: englishLocators.some(Boolean) ? englishLocators.join(LIST_SEPARATOR) : '',
    sourceQuote: sources.some((s) => s.quote) ? sources.map((s) => s.quote ?? '').join(LIST_SEPARATOR) : '',
  };
}

/** A vocabulary value as its label in `locale`, or '' when not set. */
function labelled<T extends string>(labels: Record<T, LabelKey>, value: T | null, locale: Locale): string {
  return value === null ? '' : label(locale, labels[value]);
}

const basisText = (fieldBasis: Record<string, string>) =>
  Object.entries(fieldBasis)
    .map(([field, basis]) => `${field}=${basis}`)
    .join('; ');
const text = (value: unknown) => (value === null || value === undefined ? '' : value);

export function actorRow(a: Actor, locale: Locale): Record<string, Value> {
  return {
    id: a.id,
    name: spanishOf(a.name),
    nameEn: englishOnly(a.name),
    shortName: spanishOf(a.shortName),
    shortNameEn: englishOnly(a.shortName),
    aliases: a.aliases.join('; '),
    sector: labelled(SECTOR_LABELS, a.sector, locale),
    level: labelled(LEVEL_LABELS, a.level, locale),
    country: text(a.country) as Value,
    region: text(a.region) as Value,
    influence: text(a.influence) as Value,
    vpKnowledge: text(a.vpKnowledge) as Value,
    vpInterest: text(a.vpInterest) as Value,
    stance: text(a.stance) as Value,
    engagement: labelled(ENGAGEMENT_LABELS, a.engagement, locale),
    vpStatus: labelled(VP_STATUS_LABELS, a.vpStatus, locale),
    technical: text(a.capacities.technical) as Value,
    humanRights: text(a.capacities.humanRights) as Value,
    conflictPrevention: text(a.capacities.conflictPrevention) as Value,
    impartiality: text(a.capacities.impartiality) as Value,
    tags: a.tags.join('; '),
    notes: spanishOf(a.notes),
    notesEn: englishOnly(a.notes),
    contacts: a.contacts.map(formatContact).join(LIST_SEPARATOR),
    ...sourceColumns(a.sources),
    basis: labelled(BASIS_LABELS, a.basis, locale),
    fieldBasis: basisText(a.fieldBasis),
  };
}

export function tieRow(t: Tie, locale: Locale): Record<string, Value> {
  return {
    id: t.id,
    source: t.source,
    target: t.target,
    type: labelled(TIE_TYPE_LABELS, t.type, locale),
    directed: t.directed,
    trust: text(t.trust) as Value,
    strength: text(t.strength) as Value,
    since: t.since ?? '',
    until: t.until ?? '',
    notes: spanishOf(t.notes),
    notesEn: englishOnly(t.notes),
    ...sourceColumns(t.sources),
    basis: labelled(BASIS_LABELS, t.basis, locale),
    fieldBasis: basisText(t.fieldBasis),
  };
}

function table(
  fileName: string,
  columns: readonly ColumnDefinition[],
  records: { row: Record<string, Value>; extra?: Record<string, Value> }[],
  locale: Locale,
): Table {
  const extraKeys = [...new Set(records.flatMap((r) => Object.keys(r.extra ?? {})))];
  const headers = [...columns.map((c) => label(locale, c.label)), ...extraKeys];
  const rows = records.map(({ row, extra }) => [
    ...columns.map((c) => String(row[c.field] ?? '')),
    ...extraKeys.map((key) => String(extra?.[key] ?? '')),
  ]);
  return { fileName, headers, rows };
}

export function networkToTables(network: Network, locale: Locale): { actors: Table; ties: Table } {
  return {
    actors: table(
      `${network.id}-actors`,
      ACTOR_COLUMNS,
      network.actors.map((a) => ({ row: actorRow(a, locale), extra: a.extra })),
      locale,
    ),
    ties: table(
      `${network.id}-ties`,
      TIE_COLUMNS,
      network.ties.map((t) => ({ row: tieRow(t, locale), extra: t.extra })),
      locale,
    ),
  };
}
