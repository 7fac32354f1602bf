/**
 * A network as two tables (actors and ties) with the importer's columns and
 * headers in the user's language, so an exported file imports back as it
 * was. Attributes kept from other tools (`extra`) become further columns.
 */
import type { Locale } from '../model/localized';
import type { Actor, Network, Source, Tie } from '../model/types';
import { ACTOR_COLUMNS, TIE_COLUMNS, type ColumnDefinition } from './columns';
import { LIST_SEPARATOR, type Table } from './table-import';

type Value = string | number | boolean;

function sourceColumns(sources: Source[]): Record<string, string> {
  return {
    sourceDoc: sources.map((s) => s.doc).join(LIST_SEPARATOR),
    sourceLocator: sources.map((s) => s.locator).join(LIST_SEPARATOR),
    sourceQuote: sources.some((s) => s.quote) ? sources.map((s) => s.quote ?? '').join(LIST_SEPARATOR) : '',
  };
}

const basisText = (fieldBasis: Record<string, string>) =>
  Object.entries(fieldBasis)
    .map(([field, basis]) => `${field}=${basis}`)
    .join('; ');
const text = (value: unknown) => (value === null || value === undefined ? '' : value);

export function actorRow(a: Actor): Record<string, Value> {
  return {
    id: a.id,
    name: a.name,
    shortName: a.shortName ?? '',
    aliases: a.aliases.join('; '),
    sector: a.sector,
    level: text(a.level) as Value,
    country: text(a.country) as Value,
    region: text(a.region) as Value,
    influence: text(a.influence) as Value,
    vpKnowledge: text(a.vpKnowledge) as Value,
    vpInterest: text(a.vpInterest) as Value,
    stance: text(a.stance) as Value,
    engagement: text(a.engagement) as Value,
    vpStatus: text(a.vpStatus) as Value,
    technical: text(a.capacities.technical) as Value,
    humanRights: text(a.capacities.humanRights) as Value,
    conflictPrevention: text(a.capacities.conflictPrevention) as Value,
    tags: a.tags.join('; '),
    notes: a.notes,
    contacts: a.contacts.map((c) => (c.role ? `${c.name} — ${c.role}` : c.name)).join(LIST_SEPARATOR),
    ...sourceColumns(a.sources),
    basis: a.basis,
    fieldBasis: basisText(a.fieldBasis),
  };
}

export function tieRow(t: Tie): Record<string, Value> {
  return {
    id: t.id,
    source: t.source,
    target: t.target,
    type: t.type,
    directed: t.directed,
    trust: text(t.trust) as Value,
    strength: t.strength,
    since: t.since ?? '',
    until: t.until ?? '',
    notes: t.notes,
    ...sourceColumns(t.sources),
    basis: t.basis,
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
  const headers = [...columns.map((c) => c.label[locale]), ...extraKeys];
  const rows = records.map(({ row, extra }) => [
    ...columns.map((c) => String(row[c.field] ?? '')),
    ...extraKeys.map((key) => String(extra?.[key] ?? '')),
  ]);
  return { fileName, headers, rows };
}

export function networkToTables(network: Network, locale: Locale): { actors: Table; ties: Table } {
  return {
    actors: table(`${network.id}-actors`, ACTOR_COLUMNS, network.actors.map((a) => ({ row: actorRow(a), extra: a.extra })), locale),
    ties: table(`${network.id}-ties`, TIE_COLUMNS, network.ties.map((t) => ({ row: tieRow(t), extra: t.extra })), locale),
  };
}
