/**
 * Engagements and commitments from a table (a CSV file or a spreadsheet's sheet), into an open scenario: one row per
 * meeting, workshop, call … with its participants listed in one cell, or one row per commitment. Headers, kinds,
 * statuses and regions are read in Spanish or English (io/record-columns.ts, io/values.ts), dates as people write
 * them in Peru (io/date-cells.ts), participants by the network's actors' ids, names, short names or aliases
 * (io/actor-names.ts).
 *
 * Every problem names the file, the row (as a spreadsheet shows it, the header being row 1) and the column, in
 * English and Spanish. A row without a readable date, kind or commitment is left out (an error); anything else
 * that is wrong is left empty and the row kept (a warning): a participant who is not an actor of the network is
 * left out of the engagement, with the nearest actor's name suggested. A row already in the scenario or earlier in the
 * file is left out, so importing a file twice adds nothing twice: a row with an id is the record of that id (a
 * different id, a different record, even on the same day and topic: the Macro Sur sample has four workshops alike but
 * for their regions); a row without one is the record that has the same date, kind, topic, region, place and
 * participants (an engagement) or the same commitment, due date and actors who made it. Never throws on user data.
 */
import * as v from 'valibot';
import { unsourcedAsAssumed } from '../model/basis';
import { closest } from '../model/closest';
import { slugId } from '../model/edits';
import { bilingual, spanishOf } from '../model/localized';
import { normalise } from '../model/search';
import { CommitmentSchema, EngagementSchema, ID_PATTERN } from '../model/schema';
import { dateStart } from '../model/time';
import type { Actor, Commitment, EngagementRecord, NetworkMeta, Problem, ProblemCode } from '../model/types';
import {
  COMMITMENT_STATUSES,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_KIND_LABELS,
  type EngagementKind,
  type ParticipantRole,
} from '../model/vocabularies';
import { inBothLanguages, label as say } from '../text/translate';
import { actorNames, splitNames, type ActorNames } from './actor-names';
import type { Mapping } from './columns';
import { readDate } from './date-cells';
import { proposeRecordMapping, recordColumns, type RecordTableKind } from './record-columns';
import { sources, type Table } from './table-cells';
import { readBasis, readCommitmentStatus, readEngagementKind, readRegion, type ReadValue } from './values';

export interface RecordImport<T> {
  records: T[];
  problems: Problem[];
}

export interface RecordImportOptions {
  /** field → column; proposed from the headers when not given. */
  mapping?: Mapping;
  /** Told every few hundred rows how many of all the rows are done. */
  onProgress?: (done: number, total: number) => void;
}

/** What the rows are read against: the open scenario's actors and the records it already has. */
export type ImportTarget = { actors: readonly Pick<Actor, 'id' | 'name' | 'shortName' | 'aliases'>[] } & Pick<
  NetworkMeta,
  'engagements' | 'commitments'
>;

const PROGRESS_EVERY = 500;
/** What a source cited without a place in it stands for. */
const WHOLE_DOCUMENT = 'source.wholeDocument';
const SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Reading one table: its cells, where a problem is, and the problems met so far. */
class Rows {
  readonly problems: Problem[] = [];
  /** Short forms ("Reunión de coordinación" → meeting) said once per column and value, with how many more rows. */
  readonly #said = new Map<string, { problem: Problem; more: number }>();
  row = 0;
  #cells: string[] = [];

  constructor(
    readonly table: Table,
    readonly mapping: Mapping,
  ) {}

  start(cells: string[], index: number): void {
    this.#cells = cells;
    this.row = index + 2;
  }

  cell = (field: string): string => {
    const column = this.mapping[field] ?? -1;
    return column >= 0 ? (this.#cells[column] ?? '').trim() : '';
  };

  at(field?: string): string {
    const column = field === undefined ? -1 : (this.mapping[field] ?? -1);
    const where = `${this.table.fileName} row ${this.row}`;
    return column >= 0 ? `${where}, column "${this.table.headers[column]}"` : where;
  }

  say(
    severity: Problem['severity'],
    code: ProblemCode,
    field: string | undefined,
    message: string,
    messageEs: string,
    params?: Problem['params'],
  ): void {
    this.problems.push({ path: this.at(field), code, severity, message, messageEs, ...(params ? { params } : {}) });
  }

  /** A vocabulary cell read; a short form is said once, at its first row. */
  read(field: string, reader: (text: string) => ReadValue): ReadValue | null {
    const text = this.cell(field);
    if (!text) return null;
    const value = reader(text);
    if (value.assumed) {
      const key = `${field}\u0000${normalise(text)}`;
      const said = this.#said.get(key);
      if (said) said.more++;
      else {
        const shown = (locale: 'en' | 'es') => (value.label ? say(locale, value.label) : value.value);
        const problem: Problem = {
          path: this.at(field),
          code: 'unknown-value',
          severity: 'warning',
          message: `"${text}" was read as "${shown('en')}"`,
          messageEs: `«${text}» se leyó como «${shown('es')}»`,
          params: { field, value: text, suggestion: value.value },
        };
        this.#said.set(key, { problem, more: 0 });
        this.problems.push(problem);
      }
    }
    return value;
  }

  /** Adds "(and in 3 more rows)" to the short forms said once. */
  finish(): Problem[] {
    for (const { problem, more } of this.#said.values()) {
      if (more === 0) continue;
      problem.message += ` (and in ${more} more row${more === 1 ? '' : 's'})`;
      problem.messageEs += ` (y en ${more} fila${more === 1 ? '' : 's'} más)`;
    }
    return this.problems;
  }
}

/** The columns a file lacks that the kind of record cannot do without. */
function missingColumns(kind: RecordTableKind, table: Table, mapping: Mapping): Problem[] {
  return recordColumns(kind)
    .filter((column) => column.required && !(mapping[column.field]! >= 0))
    .map((column) => ({
      path: table.fileName,
      code: 'missing' as const,
      severity: 'error' as const,
      message: `has no column for "${say('en', column.label)}" (${say('es', column.label)})`,
      messageEs: `no tiene columna para «${say('es', column.label)}»`,
    }));
}

/** A date cell: the partial date, or undefined (said as a problem when the cell had text). */
function dateCell(rows: Rows, field: string, severity: Problem['severity']): string | undefined {
  const text = rows.cell(field);
  if (!text) return undefined;
  const date = readDate(text);
  if (date) return date;
  const what = severity === 'error' ? 'the row was left out' : 'left empty';
  const whatEs = severity === 'error' ? 'la fila se dejó fuera' : 'se dejó vacía';
  rows.say(
    severity,
    'bad-format',
    field,
    `"${text}" is not a date Puentes reads (such as 2017-03-15, 15/03/2017, 2017-03 or 2017); ${what}`,
    `«${text}» no es una fecha que Puentes lea (como 2017-03-15, 15/03/2017, 2017-03 o 2017); ${whatEs}`,
    { field, value: text },
  );
  return undefined;
}

/** A region cell as an ISO code, or null (said when the cell had text that is no region). */
function regionCell(rows: Rows): string | null {
  const read = rows.read('region', readRegion);
  if (!read) return null;
  if (SUBDIVISION.test(read.value)) return read.value;
  const text = rows.cell('region');
  rows.say(
    'warning',
    'unknown-value',
    'region',
    `"${text}" is not a region Puentes knows (a name such as "Cusco" or a code such as "PE-CUS"); left empty`,
    `«${text}» no es una región que Puentes conozca (un nombre como «Cusco» o un código como «PE-CUS»); se dejó vacía`,
    { field: 'region', value: text },
  );
  return null;
}

/** The actors a cell names, as ids; a name that is no actor's is said, with the nearest actor suggested. */
function actorsCell(rows: Rows, field: string, names: ActorNames, what: { en: string; es: string }): string[] {
  const ids: string[] = [];
  for (const name of splitNames(rows.cell(field), names)) {
    const id = names.find(name);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
      continue;
    }
    const nearest = names.nearest(name);
    rows.say(
      'warning',
      'missing-actor',
      field,
      `"${name}" is not an actor of this network${nearest ? ` (did you mean "${nearest}"?)` : ''}; the ${what.en} was kept without it`,
      `«${name}» no es un actor de esta red${nearest ? ` (¿quiso decir «${nearest}»?)` : ''}; ${what.es} se conservó sin él`,
      { field, value: name, ...(nearest ? { suggestion: nearest } : {}) },
    );
  }
  return ids;
}

/**
 * Sources from the source columns, and a basis: "documented" unless the file says otherwise, "assumed" without a
 * source. A source that names no place in its document cites the whole document; one that names no document is left
 * out (a place in nothing cannot be found).
 */
function provenance(rows: Rows): { sources: ReturnType<typeof sources>; basis: string } {
  const basis = rows.read('basis', readBasis)?.value ?? 'documented';
  const found = sources(rows.cell).flatMap((source) => {
    if (!source.doc) {
      rows.say(
        'warning',
        'missing',
        'sourceDoc',
        'gives a place in a source but not the source; that source was left out',
        'da un lugar en una fuente pero no la fuente; esa fuente se dejó fuera',
      );
      return [];
    }
    return [source.locator ? source : { ...source, locator: inBothLanguages(WHOLE_DOCUMENT) }];
  });
  const result = unsourcedAsAssumed({ basis, sources: found });
  if (rows.cell('basis') && result.basis !== basis) {
    rows.say(
      'warning',
      'unsourced',
      'basis',
      'says "documented" but gives no source; imported as "assumed"',
      'dice «documentado» pero no da fuente; se importó como «supuesto»',
    );
  }
  return result;
}

/** A record the schema still refuses (it should not happen: each cell was checked), said at its row. */
function refused(rows: Rows, issues: readonly v.BaseIssue<unknown>[]): void {
  for (const issue of issues) {
    const field = issue.path?.[0]?.key;
    const name = typeof field === 'string' ? field : undefined;
    rows.say('error', 'invalid', name, `${issue.message}; the row was left out`, `no es válido (${issue.message}); la fila se dejó fuera`);
  }
}

/**
 * The id the row's id cell gives, as it is kept ("C-01" → "c-01"), so it can be compared with the ids kept before;
 * '' when the row gives none (or a cell with no letter or digit in it).
 */
function givenId(rows: Rows): string {
  const given = rows.cell('id');
  if (!normalise(given)) return '';
  return ID_PATTERN.test(given) ? given : slugId(given, new Set());
}

/** The row's given id (checked free by the caller), else one made from the record's words; `taken` are the ids used. */
function idFor(given: string, words: string, taken: Set<string>): string {
  const id = given || slugId(words, taken);
  taken.add(id);
  return id;
}

const actorSet = (ids: readonly string[]) => [...ids].sort().join(' ');

/** What tells two engagements without ids apart: when, what kind, on what, where and with whom. */
const engagementKey = (e: Pick<EngagementRecord, 'date' | 'kind' | 'topic' | 'region' | 'place' | 'participants'>) =>
  [
    e.date,
    e.kind,
    normalise(spanishOf(e.topic)),
    e.region ?? '',
    normalise(spanishOf(e.place)),
    actorSet(e.participants.map((p) => p.actor)),
  ].join('\u0000');

/** What tells two commitments without ids apart: what was promised, by when, and by whom. */
const commitmentKey = (c: Pick<Commitment, 'what' | 'due' | 'by'>) =>
  [normalise(spanishOf(c.what)), c.due ?? '', actorSet(c.by)].join('\u0000');

/**
 * The records already in the scenario and those read so far, by their ids or keys; each maps to the row of this file
 * that has it, or to null when the scenario has it.
 */
class Known {
  readonly #where = new Map<string, number | null>();

  constructor(keys: readonly string[]) {
    for (const key of keys) this.#where.set(key, null);
  }

  add(key: string, row: number): void {
    if (!this.#where.has(key)) this.#where.set(key, row);
  }

  /**
   * Whether the row's record is known; if so it is said where it already is (at the row's `field`, when one cell
   * tells), and the row is to be left out.
   */
  said(rows: Rows, key: string, what: { en: string; es: string }, field?: string): boolean {
    const row = this.#where.get(key);
    if (row === undefined) return false;
    const params = field ? { field, value: rows.cell(field) } : undefined;
    if (row === null)
      rows.say(
        'error',
        'duplicate-id',
        field,
        `the scenario already has ${what.en}; left out`,
        `el escenario ya tiene ${what.es}; se dejó fuera`,
        params,
      );
    else
      rows.say(
        'error',
        'duplicate-id',
        field,
        `row ${row} already has ${what.en}; left out`,
        `la fila ${row} ya tiene ${what.es}; se dejó fuera`,
        params,
      );
    return true;
  }
}

function eachRow(table: Table, options: RecordImportOptions, read: (cells: string[], index: number) => void): void {
  table.rows.forEach((cells, index) => {
    if (index % PROGRESS_EVERY === 0) options.onProgress?.(index, table.rows.length);
    if (cells.every((value) => !value.trim())) return;
    read(cells, index);
  });
}

/** Who took part, from the three columns; an actor named in two keeps the first role (convened, attended, invited). */
const PARTICIPANT_COLUMNS: [string, ParticipantRole][] = [
  ['convened', 'convened'],
  ['participants', 'attended'],
  ['invited', 'invited'],
];

export function importEngagements(table: Table, target: ImportTarget, options: RecordImportOptions = {}): RecordImport<EngagementRecord> {
  const mapping = options.mapping ?? proposeRecordMapping('engagements', table.headers);
  const missing = missingColumns('engagements', table, mapping);
  if (missing.length > 0) return { records: [], problems: missing };
  const rows = new Rows(table, mapping);
  const names = actorNames(target.actors);
  const taken = new Set((target.engagements ?? []).map((e) => e.id));
  const ids = new Known([...taken]);
  const known = new Known((target.engagements ?? []).map(engagementKey));
  const records: EngagementRecord[] = [];

  eachRow(table, options, (cells, index) => {
    rows.start(cells, index);
    const date = dateCell(rows, 'date', 'error');
    if (!rows.cell('date'))
      rows.say('error', 'missing', 'date', 'has no date; the row was left out', 'no tiene fecha; la fila se dejó fuera');
    const kind = engagementKind(rows);
    if (!date || !kind) return;
    let until = dateCell(rows, 'until', 'warning');
    if (until && dateStart(until) < dateStart(date)) {
      rows.say(
        'warning',
        'out-of-range',
        'until',
        `"${until}" is before the engagement's date (${date}); left empty`,
        `«${until}» es anterior a la fecha de la reunión (${date}); se dejó vacía`,
        { field: 'until', value: until },
      );
      until = undefined;
    }
    let topic = bilingual(rows.cell('topic'), rows.cell('topicEn'));
    if (!topic) {
      const label = ENGAGEMENT_KIND_LABELS[kind];
      topic = { es: say('es', label), en: say('en', label) };
      rows.say('warning', 'missing', 'topic', 'has no topic; its kind is shown instead', 'no tiene tema; se muestra su tipo en su lugar');
    }
    const participants: EngagementRecord['participants'] = [];
    for (const [field, role] of PARTICIPANT_COLUMNS) {
      for (const actor of actorsCell(rows, field, names, { en: 'engagement', es: 'la reunión' })) {
        if (!participants.some((p) => p.actor === actor)) participants.push({ actor, role });
      }
    }
    const input = {
      kind,
      date,
      ...(until && until !== date ? { until } : {}),
      topic,
      region: regionCell(rows),
      place: bilingual(rows.cell('place'), rows.cell('placeEn')),
      participants,
      outcome: bilingual(rows.cell('outcome'), rows.cell('outcomeEn')),
      ...provenance(rows),
    };
    const given = givenId(rows);
    const named = { en: `an engagement with the id "${rows.cell('id')}"`, es: `una reunión con el id «${rows.cell('id')}»` };
    if (given && ids.said(rows, given, named, 'id')) return;
    const what = { en: `this engagement (${date}, "${spanishOf(topic)}")`, es: `esta reunión (${date}, «${spanishOf(topic)}»)` };
    if (!given && known.said(rows, engagementKey(input), what)) return;
    const result = v.safeParse(EngagementSchema, { id: idFor(given, `${date}-${spanishOf(topic)}`, taken), ...input });
    if (!result.success) return refused(rows, result.issues);
    ids.add(result.output.id, rows.row);
    known.add(engagementKey(result.output), rows.row);
    records.push(result.output);
  });
  return { records, problems: rows.finish() };
}

/** The kind cell: an engagement kind, or null with an error (a kind is needed to say what the engagement was). */
function engagementKind(rows: Rows): EngagementKind | null {
  const text = rows.cell('kind');
  if (!text) {
    rows.say(
      'error',
      'missing',
      'kind',
      'has no kind (meeting, workshop …); the row was left out',
      'no tiene tipo (reunión, taller …); la fila se dejó fuera',
    );
    return null;
  }
  const value = rows.read('kind', readEngagementKind)!.value;
  if ((ENGAGEMENT_KINDS as readonly string[]).includes(value)) return value as EngagementKind;
  const labels = ENGAGEMENT_KINDS.map((k) => say('es', ENGAGEMENT_KIND_LABELS[k]));
  const nearest = closest(text, [...labels, ...ENGAGEMENT_KINDS.map((k) => say('en', ENGAGEMENT_KIND_LABELS[k]))]);
  const known = labels.join(', ');
  rows.say(
    'error',
    'unknown-value',
    'kind',
    `"${text}" is not a kind of engagement${nearest ? ` (did you mean "${nearest}"?)` : ''}; the row was left out`,
    `«${text}» no es un tipo de reunión (${known})${nearest ? `; ¿quiso decir «${nearest}»?` : ''}; la fila se dejó fuera`,
    { field: 'kind', value: text, ...(nearest ? { suggestion: nearest } : {}) },
  );
  return null;
}

/** "2017-03-15 = En curso; 2017-06 = Cumplido": the dated changes of a commitment's status. */
function historyCell(rows: Rows): Commitment['history'] {
  const history: Commitment['history'] = [];
  for (const part of rows.cell('history').split(';')) {
    if (!part.trim()) continue;
    const [dateText = '', statusText = ''] = part.split('=').map((x) => x.trim());
    const date = readDate(dateText);
    const status = readCommitmentStatus(statusText).value;
    if (date && (COMMITMENT_STATUSES as readonly string[]).includes(status)) history.push({ date, status: status as Commitment['status'] });
    else
      rows.say(
        'warning',
        'bad-format',
        'history',
        `"${part.trim()}" is not a dated status such as "2017-03-15 = pending"; left out`,
        `«${part.trim()}» no es un estado con fecha como «2017-03-15 = Pendiente»; se dejó fuera`,
        { field: 'history', value: part.trim() },
      );
  }
  return history.sort((a, b) => (dateStart(a.date) < dateStart(b.date) ? -1 : dateStart(a.date) > dateStart(b.date) ? 1 : 0));
}

/**
 * Commitments from a table. `engagements` are those a commitment may name as where it was made (the scenario's and
 * any imported with it), by id or by topic.
 */
export function importCommitments(
  table: Table,
  target: ImportTarget,
  options: RecordImportOptions & { engagements?: readonly EngagementRecord[] } = {},
): RecordImport<Commitment> {
  const mapping = options.mapping ?? proposeRecordMapping('commitments', table.headers);
  const missing = missingColumns('commitments', table, mapping);
  if (missing.length > 0) return { records: [], problems: missing };
  const rows = new Rows(table, mapping);
  const names = actorNames(target.actors);
  const taken = new Set((target.commitments ?? []).map((c) => c.id));
  const ids = new Known([...taken]);
  const known = new Known((target.commitments ?? []).map(commitmentKey));
  const engagements = [...(target.engagements ?? []), ...(options.engagements ?? [])];
  const engagementIds = new Set(engagements.map((e) => e.id));
  const byTopic = new Map<string, string | null>();
  for (const e of engagements) {
    const key = normalise(spanishOf(e.topic));
    byTopic.set(key, byTopic.has(key) ? null : e.id);
  }
  const records: Commitment[] = [];

  eachRow(table, options, (cells, index) => {
    rows.start(cells, index);
    const what = bilingual(rows.cell('what'), rows.cell('whatEn'));
    if (!what) {
      rows.say('error', 'missing', 'what', 'says no commitment; the row was left out', 'no dice ningún compromiso; la fila se dejó fuera');
      return;
    }
    const given = givenId(rows);
    const named = { en: `a commitment with the id "${rows.cell('id')}"`, es: `un compromiso con el id «${rows.cell('id')}»` };
    if (given && ids.said(rows, given, named, 'id')) return;
    const at = rows.cell('engagement');
    const engagement = at ? (engagementIds.has(at) ? at : (byTopic.get(normalise(at)) ?? undefined)) : undefined;
    if (at && !engagement)
      rows.say(
        'warning',
        'missing-actor',
        'engagement',
        `"${at}" is not an engagement of this scenario; the commitment was kept without it`,
        `«${at}» no es una reunión de este escenario; el compromiso se conservó sin ella`,
        { field: 'engagement', value: at },
      );
    const status = rows.read('status', readCommitmentStatus);
    if (status && !(COMMITMENT_STATUSES as readonly string[]).includes(status.value))
      rows.say(
        'warning',
        'unknown-value',
        'status',
        `"${rows.cell('status')}" is not a status (pending, in progress, done, dropped); read as pending`,
        `«${rows.cell('status')}» no es un estado (pendiente, en curso, cumplido, abandonado); se leyó como pendiente`,
        { field: 'status', value: rows.cell('status') },
      );
    const made = dateCell(rows, 'made', 'warning');
    const due = dateCell(rows, 'due', 'warning');
    const input = {
      what,
      by: actorsCell(rows, 'by', names, { en: 'commitment', es: 'el compromiso' }),
      to: actorsCell(rows, 'to', names, { en: 'commitment', es: 'el compromiso' }),
      ...(engagement ? { engagement } : {}),
      ...(made ? { made } : {}),
      ...(due ? { due } : {}),
      status: status && (COMMITMENT_STATUSES as readonly string[]).includes(status.value) ? status.value : 'pending',
      history: historyCell(rows),
      evidence: bilingual(rows.cell('evidence'), rows.cell('evidenceEn')),
      ...provenance(rows),
    };
    const which = {
      en: `this commitment ("${spanishOf(what)}"${due ? `, due ${due}` : ''})`,
      es: `este compromiso («${spanishOf(what)}»${due ? `, con plazo ${due}` : ''})`,
    };
    if (!given && known.said(rows, commitmentKey(input), which)) return;
    const result = v.safeParse(CommitmentSchema, { id: idFor(given, spanishOf(what), taken), ...input });
    if (!result.success) return refused(rows, result.issues);
    ids.add(result.output.id, rows.row);
    known.add(commitmentKey(result.output), rows.row);
    records.push(result.output);
  });
  return { records, problems: rows.finish() };
}

/** A table of records and which kind it holds, with its columns. */
export interface RecordTable {
  kind: RecordTableKind;
  table: Table;
  mapping: Mapping;
}

export interface RecordsImport {
  engagements: EngagementRecord[];
  commitments: Commitment[];
  problems: Problem[];
}

/** Reads every table (engagements first, so commitments can name the engagements of the same file). */
export function importRecordTables(
  tables: readonly RecordTable[],
  target: ImportTarget,
  onProgress?: (done: number, total: number) => void,
): RecordsImport {
  const result: RecordsImport = { engagements: [], commitments: [], problems: [] };
  const total = tables.reduce((n, t) => n + t.table.rows.length, 0);
  let before = 0;
  const progress = (done: number) => onProgress?.(before + done, total);
  for (const { kind, table, mapping } of [...tables].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'engagements' ? -1 : 1))) {
    if (kind === 'engagements') {
      const read = importEngagements(
        table,
        { ...target, engagements: [...(target.engagements ?? []), ...result.engagements] },
        { mapping, onProgress: progress },
      );
      result.engagements.push(...read.records);
      result.problems.push(...read.problems);
    } else {
      const read = importCommitments(
        table,
        { ...target, commitments: [...(target.commitments ?? []), ...result.commitments] },
        { mapping, onProgress: progress, engagements: result.engagements },
      );
      result.commitments.push(...read.records);
      result.problems.push(...read.problems);
    }
    before += table.rows.length;
  }
  return result;
}
