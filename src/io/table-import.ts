/**
 * Turns tables (from a CSV file or a spreadsheet sheet) into a network: an
 * actors table and, optionally, a ties table, each with a mapping of model
 * fields to columns. Every value goes through the model's validation; every
 * problem names the file, the row (as a spreadsheet shows it, the header
 * being row 1) and the column. It never throws on user data.
 */
import { unsourcedAsAssumed } from '../model/basis';
import { slugId } from '../model/edits';
import { bilingual, wordings } from '../model/localized';
import { SCHEMA_VERSION } from '../model/schema';
import { normalise } from '../model/search';
import type { Actor, Network, Problem, Tie } from '../model/types';
import type { Label, LabelKey } from '../model/vocabularies';
import { checkActor, checkTie } from '../model/validate';
import type { RecordCheck } from '../model/schema-problems';
import { label as labelIn } from '../text/translate';
import { columnsFor, type Mapping, type TableKind } from './columns';
import { boolean, contacts, extras, fieldBasis, list, number, orNull, sources, type Table } from './table-cells';
import { readBasis, readEngagement, readLevel, readRegion, readSector, readTieType, readVpStatus, type ReadValue } from './values';

export { LIST_SEPARATOR, type Table } from './table-cells';

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

/** A vocabulary or region cell and what it was read as, for the mapping preview. */
export interface Reading {
  field: string;
  text: string;
  value: string;
  /** Read through a short form or a guess (e.g. "Empresa minera" → company), not an exact code or label. */
  assumed: boolean;
  label?: LabelKey | Label;
}

export interface TableImport {
  network: Network | null;
  problems: Problem[];
  /** Every distinct vocabulary value met, and what it became. */
  readings?: Reading[];
}

export interface TableImportOptions {
  /** Leave out a row with any bad cell, instead of importing it with that cell left empty. */
  skipRowsWithProblems?: boolean;
  /** Told every few hundred rows how many of all the rows are done (the import worker passes it on as progress). */
  onProgress?: (done: number, total: number) => void;
}

/** How often progress is told, in rows. */
const PROGRESS_EVERY = 500;

/** Fields without which a row cannot be a record. */
const REQUIRED: Record<TableKind, ReadonlySet<string>> = {
  actors: new Set(['id', 'name', 'sector']),
  ties: new Set(['id', 'source', 'target', 'type']),
};
/** What a field becomes when its cell is left empty. */
const EMPTY: Record<string, unknown> = { aliases: [], tags: [], contacts: [], sources: [], fieldBasis: {}, notes: '', basis: 'assumed' };
const ABSENT = new Set(['shortName', 'since', 'until', 'directed', 'extra']);

/** The record with the field at `path` left empty ("capacities.technical", "influence", "contacts[0].name" …). */
function withFieldEmptied(input: Record<string, unknown>, path: string): Record<string, unknown> {
  const [top = '', sub] = path.split(/[.[]/);
  const copy = { ...input };
  if (top === 'capacities' && sub) copy.capacities = { ...(copy.capacities as object), [sub]: null };
  else if (top in EMPTY) copy[top] = EMPTY[top];
  else if (ABSENT.has(top)) delete copy[top];
  else copy[top] = null;
  return copy;
}

/**
 * Checks a row's record. When cells are bad, the row is kept with those cells
 * left empty and a warning for each — unless a required cell is bad or the
 * user chose to skip rows with problems; then the row is left out with errors.
 */
function checkRow<T>(
  kind: TableKind,
  input: Record<string, unknown>,
  check: (input: Record<string, unknown>) => RecordCheck<T>,
  skip: boolean,
): RecordCheck<T> {
  const first = check(input);
  if (first.record || skip) return first;
  const fields = first.problems.map((p) => p.path);
  if (fields.some((path) => REQUIRED[kind].has(path.split(/[.[]/)[0]!))) return first;
  const second = check(fields.reduce(withFieldEmptied, input));
  if (!second.record) return first;
  const emptied = first.problems.map((p) => ({
    ...p,
    severity: 'warning' as const,
    message: `${p.message}; imported with this value left empty`,
    params: { ...p.params, emptied: true },
  }));
  return { record: second.record, problems: emptied };
}

/**
 * Builds a network from an actors table and an optional ties table. Ties name
 * their ends by actor id, or else by name or short name in either language
 * (case and accents ignored).
 */
export function tablesToNetwork(
  actorsTable: Table,
  actorMapping: Mapping,
  tiesTable: Table | null,
  tieMapping: Mapping | null,
  meta: { id: string; title: string },
  options: TableImportOptions = {},
): TableImport {
  const problems: Problem[] = [];
  for (const [kind, table, mapping] of [
    ['actors', actorsTable, actorMapping],
    ['ties', tiesTable, tieMapping],
  ] as [TableKind, Table | null, Mapping | null][]) {
    if (!table || !mapping) continue;
    for (const column of columnsFor(kind)) {
      if (column.required && !(mapping[column.field]! >= 0)) {
        problems.push({
          path: table.fileName,
          code: 'missing',
          severity: 'error',
          message: `has no column for "${labelIn('en', column.label)}" (${labelIn('es', column.label)})`,
          messageEs: `no tiene columna para «${labelIn('es', column.label)}»`,
        });
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
  const readings = new Map<string, Reading>();
  const skip = options.skipRowsWithProblems ?? false;
  const total = actorsTable.rows.length + (tiesTable?.rows.length ?? 0);
  const progress = (done: number) => {
    if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
  };

  /** Reads a vocabulary cell; a short form is read with a located warning saying what it became. */
  const reader =
    (context: ImportContext, index: number, cell: (field: string) => string) => (field: string, read: (text: string) => ReadValue) => {
      const text = cell(field);
      if (!text) return undefined;
      const { value, assumed, label } = read(text);
      const key = `${field}\u0000${text}`;
      if (!readings.has(key)) readings.set(key, { field, text, value, assumed, ...(label ? { label } : {}) });
      if (assumed) {
        // Said once per value and column, at its first row, with how many more rows have it.
        const said = shortForms.get(`${context.table.fileName}\u0000${key}`);
        if (said) said.more++;
        else {
          const problem: Problem = {
            path: locate(context, rowNumber(index), field),
            code: 'unknown-value',
            severity: 'warning',
            message: `"${text}" was read as "${label ? labelIn('en', label) : value}"`,
            messageEs: `«${text}» se leyó como «${label ? labelIn('es', label) : value}»`,
            params: { field, value: text, suggestion: value },
          };
          shortForms.set(`${context.table.fileName}\u0000${key}`, { problem, more: 0 });
          problems.push(problem);
        }
      }
      return value;
    };
  const shortForms = new Map<string, { problem: Problem; more: number }>();
  /** A record with no source is not "documented"; said once per row where the file claimed it. */
  const provenance = (
    input: Record<string, unknown> & { basis: string; sources: unknown[] },
    context: ImportContext,
    index: number,
    claimed: boolean,
  ) => {
    const result = unsourcedAsAssumed(input);
    if (claimed && result.basis !== input.basis) {
      problems.push({
        path: locate(context, rowNumber(index), 'basis'),
        code: 'unsourced',
        severity: 'warning',
        message: 'says "documented" but gives no source; imported as "assumed"',
        messageEs: 'dice «documentado» pero no da fuente; se importó como «supuesto»',
      });
    }
    return result;
  };

  actorsTable.rows.forEach((row, index) => {
    progress(index);
    const cell = (field: string) => {
      const column = actorMapping[field] ?? -1;
      return column >= 0 ? (row[column] ?? '').trim() : '';
    };
    if (row.every((value) => !value.trim())) return;
    const read = reader(actorContext, index, cell);
    const name = bilingual(cell('name'), cell('nameEn'));
    const id = cell('id') || slugId(cell('name') || cell('nameEn') || `actor-${rowNumber(index)}`, taken);
    const basis = read('basis', readBasis);
    const input = provenance(
      {
        id,
        name,
        ...(cell('shortName') || cell('shortNameEn') ? { shortName: bilingual(cell('shortName'), cell('shortNameEn')) } : {}),
        aliases: list(cell('aliases')),
        sector: read('sector', readSector),
        level: read('level', readLevel) ?? null,
        country: orNull(cell('country').toUpperCase()),
        region: read('region', readRegion) ?? null,
        influence: number(cell('influence')),
        vpKnowledge: number(cell('vpKnowledge')),
        vpInterest: number(cell('vpInterest')),
        stance: number(cell('stance')),
        engagement: read('engagement', readEngagement) ?? null,
        vpStatus: read('vpStatus', readVpStatus) ?? null,
        capacities: {
          technical: number(cell('technical')),
          humanRights: number(cell('humanRights')),
          conflictPrevention: number(cell('conflictPrevention')),
          impartiality: number(cell('impartiality')),
        },
        tags: list(cell('tags')),
        notes: bilingual(cell('notes'), cell('notesEn')),
        contacts: contacts(cell('contacts')),
        sources: sources(cell),
        basis: basis ?? 'documented',
        fieldBasis: fieldBasis(cell('fieldBasis')),
        extra: extras(
          actorsTable,
          row,
          actorMapping,
          problems,
          (column) => `${actorsTable.fileName} row ${rowNumber(index)}, column "${actorsTable.headers[column]}"`,
        ),
      },
      actorContext,
      index,
      basis === 'documented',
    );
    const { record, problems: found } = checkRow('actors', input, (i) => checkActor(i, known), skip);
    problems.push(...found.map((p) => relocate(p, actorContext, index)));
    if (!record) return;
    // Names made only of symbols normalise to nothing: compare those as written.
    const keys = wordings(record.name).map((w) => normalise(w) || w);
    const repeated = keys.find((key) => byName.has(key));
    if (repeated) {
      const shown = wordings(record.name).join(' / ');
      problems.push({
        path: locate(actorContext, rowNumber(index), 'name'),
        code: 'duplicate-id',
        severity: 'warning',
        message: `"${shown}" appears twice; both rows were kept as separate actors`,
        messageEs: `«${shown}» aparece dos veces; ambas filas se conservaron como actores distintos`,
      });
    } else keys.forEach((key) => byName.set(key, record.id));
    for (const short of wordings(record.shortName)) {
      const key = normalise(short) || short;
      if (!byName.has(key)) byName.set(key, record.id);
    }
    taken.add(record.id);
    actorIds.add(record.id);
    actors.push(cleanExtra(record));
  });

  if (tiesTable && tieMapping) {
    const tieContext: ImportContext = { table: tiesTable, mapping: tieMapping, rowNumber };
    const resolve = (text: string) => (actorIds.has(text) ? text : (byName.get(normalise(text) || text) ?? text));
    const tieIds = new Set<string>();
    tiesTable.rows.forEach((row, index) => {
      progress(actorsTable.rows.length + index);
      const cell = (field: string) => {
        const column = tieMapping[field] ?? -1;
        return column >= 0 ? (row[column] ?? '').trim() : '';
      };
      if (row.every((value) => !value.trim())) return;
      const read = reader(tieContext, index, cell);
      const source = resolve(cell('source'));
      const target = resolve(cell('target'));
      const type = read('type', readTieType) ?? '';
      const id = cell('id') || slugId(`${type}--${source}--${target}`, tieIds);
      const directed = boolean(cell('directed'));
      const basis = read('basis', readBasis);
      const input = provenance(
        {
          id,
          source,
          target,
          type,
          ...(directed === undefined ? {} : { directed }),
          trust: number(cell('trust')),
          strength: number(cell('strength')),
          ...(cell('since') ? { since: cell('since') } : {}),
          ...(cell('until') ? { until: cell('until') } : {}),
          notes: bilingual(cell('notes'), cell('notesEn')),
          sources: sources(cell),
          basis: basis ?? 'documented',
          fieldBasis: fieldBasis(cell('fieldBasis')),
          extra: extras(
            tiesTable,
            row,
            tieMapping,
            problems,
            (column) => `${tiesTable.fileName} row ${rowNumber(index)}, column "${tiesTable.headers[column]}"`,
          ),
        },
        tieContext,
        index,
        basis === 'documented',
      );
      const { record, problems: found } = checkRow('ties', input, (i) => checkTie(i, known), skip);
      problems.push(...found.map((p) => relocate(p, tieContext, index)));
      if (!record) return;
      tieIds.add(record.id);
      tieIdsTaken.add(record.id);
      ties.push(cleanExtra(record));
    });
  }
  for (const { problem, more } of shortForms.values()) {
    if (more === 0) continue;
    problem.message += ` (and in ${more} more row${more === 1 ? '' : 's'})`;
    problem.messageEs += ` (y en ${more} fila${more === 1 ? '' : 's'} más)`;
  }
  const network: Network = {
    schemaVersion: SCHEMA_VERSION,
    id: meta.id,
    title: meta.title,
    description: '',
    scope: '',
    sources: [],
    facts: [],
    actors,
    ties,
  };
  return { network, problems, readings: [...readings.values()] };
}

/** An empty extra is left out, so imported records look like written ones. */
function cleanExtra<T extends Actor | Tie>(record: T): T {
  if (record.extra && Object.keys(record.extra).length === 0) {
    const { extra: _extra, ...rest } = record;
    return rest as T;
  }
  return record;
}
