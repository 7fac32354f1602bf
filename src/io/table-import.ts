/**
 * Turns tables (from a CSV file or a spreadsheet sheet) into a network: an
 * actors table and, optionally, a ties table, each with a mapping of model
 * fields to columns. Every value goes through the model's validation; every
 * problem names the file, the row (as a spreadsheet shows it, the header
 * being row 1) and the column. It never throws on user data.
 */
import { slugId } from '../model/edits';
import { normalise } from '../model/search';
import type { Actor, Network, Problem, Tie } from '../model/types';
import { checkActor, checkTie } from '../model/validate';
import {
  BASES, BASIS_LABELS, ENGAGEMENT_LABELS, ENGAGEMENT_STAGES, LEVELS, LEVEL_LABELS, SECTORS, SECTOR_LABELS, TIE_TYPES,
  TIE_TYPE_LABELS, VP_STATUSES, VP_STATUS_LABELS, type Label,
} from '../model/vocabularies';
import { columnsFor, type Mapping, type TableKind } from './columns';

export interface Table {
  fileName: string;
  headers: string[];
  rows: string[][];
}

/** Column names that must never become object keys. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function vocabulary(values: readonly string[], labels: Record<string, Label>) {
  const lookup = new Map<string, string>();
  for (const value of values) {
    lookup.set(normalise(value), value);
    lookup.set(normalise(labels[value]!.en), value);
    lookup.set(normalise(labels[value]!.es), value);
  }
  // Unknown text goes to validation as typed, so the problem shows it and suggests the nearest value.
  return (text: string) => lookup.get(normalise(text)) ?? lookup.get(normalise(text.replace(/_/g, ' '))) ?? text.trim();
}

const toSector = vocabulary(SECTORS, SECTOR_LABELS);
const toLevel = vocabulary(LEVELS, LEVEL_LABELS);
const toEngagement = vocabulary(ENGAGEMENT_STAGES, ENGAGEMENT_LABELS);
const toVpStatus = vocabulary(VP_STATUSES, VP_STATUS_LABELS);
const toTieType = vocabulary(TIE_TYPES, TIE_TYPE_LABELS);
const toBasis = vocabulary(BASES, BASIS_LABELS);

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const number = (text: string) => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isNaN(value) ? trimmed : value;
};
const list = (text: string) =>
  text
    .split(/;/)
    .map((part) => part.trim())
    .filter(Boolean);
const boolean = (text: string) => {
  const key = normalise(text);
  if (['true', 'yes', 'si', '1', 'x', 'verdadero'].includes(key)) return true;
  if (['false', 'no', '0', 'falso'].includes(key)) return false;
  return text.trim() === '' ? undefined : text.trim();
};

/** Several sources are written as aligned lists separated by " | " in the three source columns. */
export const LIST_SEPARATOR = ' | ';

/** A list written with " | " between items (sources, contacts). The cell is trimmed, so an outer space may be gone. */
const splitList = (text: string) => text.split(/(?:^|\s)\|(?:\s|$)/);

function sources(cell: (field: string) => string) {
  const docs = splitList(cell('sourceDoc'));
  const locators = splitList(cell('sourceLocator'));
  const quotes = splitList(cell('sourceQuote'));
  const count = Math.max(docs.length, locators.length, quotes.length);
  const result = [];
  for (let i = 0; i < count; i++) {
    const [doc = '', locator = '', quote = ''] = [docs[i]?.trim(), locators[i]?.trim(), quotes[i]?.trim()];
    if (doc || locator || quote) result.push({ doc, locator, ...(quote ? { quote } : {}) });
  }
  return result;
}

/** "influence=assumed; region=assumed" → {influence: 'assumed', region: 'assumed'}. */
function fieldBasis(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of text.split(';')) {
    const [field, basis] = part.split('=').map((x) => x.trim());
    if (field && basis && !UNSAFE_KEYS.has(field)) result[field] = toBasis(basis);
  }
  return result;
}

/** "Ana Leyva — Coordinator | José Pérez" → contacts. */
function contacts(text: string) {
  return splitList(text)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name = '', ...role] = entry.split(/\s+[—–]\s+/);
      return { name: name.trim(), role: role.join(' — ').trim() };
    });
}

/** Values of columns the mapping does not use, kept as extra attributes. */
function extras(table: Table, row: string[], mapping: Mapping, problems: Problem[], at: (column: number) => string) {
  const used = new Set(Object.values(mapping));
  const extra: Record<string, string> = {};
  table.headers.forEach((header, i) => {
    if (used.has(i) || !header.trim() || !row[i]?.trim()) return;
    if (UNSAFE_KEYS.has(header.trim())) {
      problems.push({ path: at(i), code: 'invalid', severity: 'warning', message: 'is not a usable column name; the column was ignored', messageEs: 'no es un nombre de columna utilizable; la columna se ignoró' });
      return;
    }
    extra[header.trim()] = row[i]!.trim();
  });
  return extra;
}

interface ImportContext {
  table: Table;
  mapping: Mapping;
  rowNumber: (index: number) => number;
}

function locate({ table, mapping }: ImportContext, rowNumber: number, field?: string): string {
  const column = field ? mapping[field] : undefined;
  const name = column !== undefined && column >= 0 ? table.headers[column] : field;
  return name ? `${table.fileName} row ${rowNumber}, column "${name}"` : `${table.fileName} row ${rowNumber}`;
}

/** Renames a validation problem's path (a field name) to the file, row and column it came from. */
function relocate(problem: Problem, context: ImportContext, rowIndex: number): Problem {
  const field = problem.path.split(/[.[]/)[0]!;
  const modelToColumn: Record<string, string> = { sources: 'sourceDoc', capacities: 'technical' };
  const column = problem.path.startsWith('capacities.') ? problem.path.slice('capacities.'.length) : (modelToColumn[field] ?? field);
  return { ...problem, path: locate(context, context.rowNumber(rowIndex), column) };
}

export interface TableImport {
  network: Network | null;
  problems: Problem[];
}

/**
 * Builds a network from an actors table and an optional ties table. Ties name
 * their ends by actor id, or else by name or short name (case and accents
 * ignored).
 */
export function tablesToNetwork(
  actorsTable: Table,
  actorMapping: Mapping,
  tiesTable: Table | null,
  tieMapping: Mapping | null,
  meta: { id: string; title: string },
): TableImport {
  const problems: Problem[] = [];
  for (const [kind, table, mapping] of [['actors', actorsTable, actorMapping], ['ties', tiesTable, tieMapping]] as [TableKind, Table | null, Mapping | null][]) {
    if (!table || !mapping) continue;
    for (const column of columnsFor(kind)) {
      if (column.required && !(mapping[column.field]! >= 0)) {
        problems.push({ path: table.fileName, code: 'missing', severity: 'error', message: `has no column for "${column.label.en}" (${column.label.es})`, messageEs: `no tiene columna para «${column.label.es}»` });
      }
    }
  }
  if (problems.length > 0) return { network: null, problems };

  const actors: Actor[] = [];
  const ties: Tie[] = [];
  const actorIds = new Set<string>();
  const tieIdsTaken = new Set<string>();
  const known = { hasActor: (id: string) => actorIds.has(id), hasTie: (id: string) => tieIdsTaken.has(id) };
  const rowNumber = (index: number) => index + 2;
  const actorContext: ImportContext = { table: actorsTable, mapping: actorMapping, rowNumber };
  const taken = new Set<string>();
  const byName = new Map<string, string>();

  actorsTable.rows.forEach((row, index) => {
    const cell = (field: string) => {
      const column = actorMapping[field] ?? -1;
      return column >= 0 ? (row[column] ?? '').trim() : '';
    };
    if (row.every((value) => !value.trim())) return;
    const name = cell('name');
    const id = cell('id') || slugId(name || `actor-${rowNumber(index)}`, taken);
    const input = {
      id,
      name,
      ...(cell('shortName') ? { shortName: cell('shortName') } : {}),
      aliases: list(cell('aliases')),
      sector: cell('sector') ? toSector(cell('sector')) : undefined,
      level: cell('level') ? toLevel(cell('level')) : null,
      country: orNull(cell('country').toUpperCase()),
      region: orNull(cell('region').toUpperCase()),
      influence: number(cell('influence')),
      vpKnowledge: number(cell('vpKnowledge')),
      vpInterest: number(cell('vpInterest')),
      stance: number(cell('stance')),
      engagement: cell('engagement') ? toEngagement(cell('engagement')) : null,
      vpStatus: cell('vpStatus') ? toVpStatus(cell('vpStatus')) : null,
      capacities: { technical: number(cell('technical')), humanRights: number(cell('humanRights')), conflictPrevention: number(cell('conflictPrevention')) },
      tags: list(cell('tags')),
      notes: cell('notes'),
      contacts: contacts(cell('contacts')),
      sources: sources(cell),
      basis: cell('basis') ? toBasis(cell('basis')) : 'documented',
      fieldBasis: fieldBasis(cell('fieldBasis')),
      extra: extras(actorsTable, row, actorMapping, problems, (column) => `${actorsTable.fileName} row ${rowNumber(index)}, column "${actorsTable.headers[column]}"`),
    };
    const { record, problems: found } = checkActor(input, known);
    problems.push(...found.map((p) => relocate(p, actorContext, index)));
    if (!record) return;
    // Names made only of symbols normalise to nothing: compare those as written.
    const key = normalise(record.name) || record.name;
    if (byName.has(key)) {
      problems.push({ path: locate(actorContext, rowNumber(index), 'name'), code: 'duplicate-id', severity: 'warning', message: `"${record.name}" appears twice; both rows were kept as separate actors`, messageEs: `«${record.name}» aparece dos veces; ambas filas se conservaron como actores distintos` });
    } else byName.set(key, record.id);
    const shortKey = record.shortName ? normalise(record.shortName) || record.shortName : '';
    if (shortKey && !byName.has(shortKey)) byName.set(shortKey, record.id);
    taken.add(record.id);
    actorIds.add(record.id);
    actors.push(cleanExtra(record));
  });

  if (tiesTable && tieMapping) {
    const tieContext: ImportContext = { table: tiesTable, mapping: tieMapping, rowNumber };
    const resolve = (text: string) => (actorIds.has(text) ? text : (byName.get(normalise(text) || text) ?? text));
    const tieIds = new Set<string>();
    tiesTable.rows.forEach((row, index) => {
      const cell = (field: string) => {
        const column = tieMapping[field] ?? -1;
        return column >= 0 ? (row[column] ?? '').trim() : '';
      };
      if (row.every((value) => !value.trim())) return;
      const source = resolve(cell('source'));
      const target = resolve(cell('target'));
      const type = toTieType(cell('type'));
      const id = cell('id') || slugId(`${type}--${source}--${target}`, tieIds);
      const directed = boolean(cell('directed'));
      const input = {
        id,
        source,
        target,
        type,
        ...(directed === undefined ? {} : { directed }),
        trust: number(cell('trust')),
        strength: number(cell('strength')) ?? 1,
        ...(cell('since') ? { since: cell('since') } : {}),
        ...(cell('until') ? { until: cell('until') } : {}),
        notes: cell('notes'),
        sources: sources(cell),
        basis: cell('basis') ? toBasis(cell('basis')) : 'documented',
        fieldBasis: fieldBasis(cell('fieldBasis')),
        extra: extras(tiesTable, row, tieMapping, problems, (column) => `${tiesTable.fileName} row ${rowNumber(index)}, column "${tiesTable.headers[column]}"`),
      };
      const { record, problems: found } = checkTie(input, known);
      problems.push(...found.map((p) => relocate(p, tieContext, index)));
      if (!record) return;
      tieIds.add(record.id);
      tieIdsTaken.add(record.id);
      ties.push(cleanExtra(record));
    });
  }
  const network: Network = { schemaVersion: 1, id: meta.id, title: meta.title, description: '', scope: '', sources: [], facts: [], actors, ties };
  return { network, problems };
}

/** An empty extra is left out, so imported records look like written ones. */
function cleanExtra<T extends Actor | Tie>(record: T): T {
  if (record.extra && Object.keys(record.extra).length === 0) {
    const { extra: _extra, ...rest } = record;
    return rest as T;
  }
  return record;
}
