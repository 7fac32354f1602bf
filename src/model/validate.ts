/**
 * Reads a native network file into the model, collecting every problem with
 * its location instead of stopping at the first. It never throws on user data:
 * bad actors and ties are left out and reported, good ones are kept.
 */
import * as v from 'valibot';
import { ActorSchema, NetworkShellSchema, SCHEMA_VERSION, TieSchema } from './schema';
import { NETWORK_MIGRATIONS, migrateNetwork, type NetworkMigration } from './migrate';
import { claimsWithoutSource } from './basis';
import { isDirectedType } from './vocabularies';
import { PARSE_OPTIONS, problem, toProblems, type RecordCheck } from './schema-problems';
import { readRecords } from './validate-records';
import type { Actor, Network, NetworkMeta, Problem, Tie } from './types';

/** What every reader returns: the network it could build (or `null`) and what was wrong. */
export interface ParseResult {
  network: Network | null;
  problems: Problem[];
}

/**
 * Validates a parsed JSON value as a network. Returns the network with every
 * valid actor and tie, and a located problem for each thing left out.
 * `network` is `null` only when the file as a whole is unusable (not an object,
 * no supported `schemaVersion`, no title …).
 */
export function parseNetwork(file: unknown, migrations: readonly NetworkMigration[] = NETWORK_MIGRATIONS): ParseResult {
  // An older file is first brought up to the current format, in memory.
  const { value: input, notes } = migrateNetwork(file, SCHEMA_VERSION, migrations);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { network: null, problems: [problem('(file)', 'wrong-type', 'must be a network object with actors and ties')] };
  }
  const problems: Problem[] = [...notes];
  const shell = v.safeParse(NetworkShellSchema, input, PARSE_OPTIONS);
  if (!shell.success) problems.push(...toProblems('', shell.issues));

  const raw = input as { actors?: unknown; ties?: unknown };
  const rawActors: unknown[] = Array.isArray(raw.actors) ? raw.actors : [];
  /** Where each id stands in the file, valid or not, so a tie to a rejected actor says why it is missing. */
  const declared = new Map<string, number>();
  rawActors.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !declared.has(id)) declared.set(id, i);
  });
  const actors: Actor[] = [];
  const actorIndex = new Map<string, number>();
  rawActors.forEach((item, i) => {
    const path = `actors[${i}]`;
    const result = v.safeParse(ActorSchema, item, PARSE_OPTIONS);
    if (!result.success) return problems.push(...toProblems(path, result.issues));
    const first = actorIndex.get(result.output.id);
    if (first !== undefined) {
      return problems.push(
        problem(`${path}.id`, 'duplicate-id', `"${result.output.id}" is already used by actors[${first}]`, {
          field: 'id',
          value: result.output.id,
          other: `actors[${first}]`,
        }),
      );
    }
    actorIndex.set(result.output.id, i);
    actors.push(result.output);
  });

  const ties: Tie[] = [];
  const tieIndex = new Map<string, number>();
  (Array.isArray(raw.ties) ? raw.ties : []).forEach((item, i) => {
    const path = `ties[${i}]`;
    const result = v.safeParse(TieSchema, item, PARSE_OPTIONS);
    if (!result.success) return problems.push(...toProblems(path, result.issues));
    const tie = result.output;
    const first = tieIndex.get(tie.id);
    if (first !== undefined) {
      return problems.push(
        problem(`${path}.id`, 'duplicate-id', `"${tie.id}" is already used by ties[${first}]`, {
          field: 'id',
          value: tie.id,
          other: `ties[${first}]`,
        }),
      );
    }
    const missing = (['source', 'target'] as const).filter((end) => !actorIndex.has(tie[end]));
    if (missing.length > 0) {
      for (const end of missing) {
        const at = declared.get(tie[end]);
        const why = at === undefined ? 'is not an actor in this network' : `is actors[${at}], which was left out for its own problems`;
        problems.push(
          problem(`${path}.${end}`, 'missing-actor', `"${tie[end]}" ${why}`, {
            field: end,
            value: tie[end],
            ...(at === undefined ? {} : { other: `actors[${at}]` }),
          }),
        );
      }
      return;
    }
    if (tie.source === tie.target) {
      return problems.push(problem(path, 'self-loop', `ties "${tie.source}" to itself`, { value: tie.source }));
    }
    tieIndex.set(tie.id, i);
    ties.push({ ...tie, directed: tie.directed ?? isDirectedType(tie.type) });
  });

  actors.forEach((actor, i) => problems.push(...unsourced(actor, `actors[${i}]`)));
  ties.forEach((tie, i) => problems.push(...unsourced(tie, `ties[${i}]`)));
  const records = readRecords(input as Record<string, unknown>, actorIndex, problems);
  if (!shell.success) return { network: null, problems };
  const { actors: _actors, ties: _ties, engagements: _e, commitments: _c, incidents: _i, ...meta } = shell.output;
  return { network: { ...(meta as NetworkMeta), ...records, actors, ties }, problems };
}

/**
 * A record marked "documented" must say where it is documented: without a
 * source it is a claim nobody can check. Kept, with a warning.
 */
export function unsourced(record: Actor | Tie, path: string): Problem[] {
  if (!claimsWithoutSource(record)) return [];
  return [
    {
      path: `${path}.basis`,
      code: 'unsourced',
      severity: 'warning',
      message: 'is "documented" but the record has no source; add a source or mark it inferred or assumed',
      params: { field: 'basis', value: record.id },
    },
  ];
}

/** Parses the text of a native JSON file; a syntax error becomes a problem, not an exception. */
/** How deep a network file may nest: a real one is about 6 levels (network, actors, actor, sources, source, locator). */
export const MAX_JSON_DEPTH = 64;

/** Where JSON text first nests deeper than `limit`, without parsing it (so a hostile file cannot exhaust the stack); -1 if nowhere. */
export function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

export function parseNetworkJson(text: string, fileName = '(file)'): ParseResult {
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep >= 0) {
    return {
      network: null,
      problems: [
        {
          ...problem(
            fileName,
            'invalid',
            `nests more than ${MAX_JSON_DEPTH} levels deep (at character ${deep + 1}); a Puentes network is never that deep, so the file was not read`,
          ),
          messageEs: `anida más de ${MAX_JSON_DEPTH} niveles (en el carácter ${deep + 1}); una red de Puentes nunca es tan profunda, así que el archivo no se leyó`,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { network: null, problems: [problem(fileName, 'not-json', `is not valid JSON: ${detail}`)] };
  }
  const result = parseNetwork(value);
  // A problem with the whole file names the file.
  return { ...result, problems: result.problems.map((p) => (p.path === '(file)' ? { ...p, path: fileName } : p)) };
}

/** What a record is checked against: which actor and tie ids the network already has. */
export interface RecordIndex {
  hasActor(id: string): boolean;
  hasTie(id: string): boolean;
}

/** An index over a network (built once: checking many records stays linear). */
export function indexOf(network: Network): RecordIndex {
  const actors = new Set(network.actors.map((a) => a.id));
  const ties = new Set(network.ties.map((t) => t.id));
  return { hasActor: (id) => actors.has(id), hasTie: (id) => ties.has(id) };
}

function asIndex(where: Network | RecordIndex): RecordIndex {
  return 'hasActor' in where ? where : indexOf(where);
}

/**
 * Checks an actor about to be added to `network` (or to replace the actor
 * `replacing`): its fields, and that its id is not taken. Paths are the
 * field names, so a form can show each problem beside its field.
 */
export function checkActor(input: unknown, where: Network | RecordIndex, replacing?: string): RecordCheck<Actor> {
  const index = asIndex(where);
  const result = v.safeParse(ActorSchema, input, PARSE_OPTIONS);
  if (!result.success) return { record: null, problems: toProblems('', result.issues) };
  const actor = result.output;
  if (actor.id !== replacing && index.hasActor(actor.id)) {
    return {
      record: null,
      problems: [problem('id', 'duplicate-id', `"${actor.id}" is already used by another actor`, { field: 'id', value: actor.id })],
    };
  }
  return { record: actor, problems: [] };
}

/** Checks a tie about to be added to `network` (or to replace the tie `replacing`): fields, id, ends. */
export function checkTie(input: unknown, where: Network | RecordIndex, replacing?: string): RecordCheck<Tie> {
  const index = asIndex(where);
  const result = v.safeParse(TieSchema, input, PARSE_OPTIONS);
  if (!result.success) return { record: null, problems: toProblems('', result.issues) };
  const tie = result.output;
  const problems: Problem[] = [];
  if (tie.id !== replacing && index.hasTie(tie.id)) {
    problems.push(problem('id', 'duplicate-id', `"${tie.id}" is already used by another tie`, { field: 'id', value: tie.id }));
  }
  for (const end of ['source', 'target'] as const) {
    if (!index.hasActor(tie[end])) {
      problems.push(problem(end, 'missing-actor', `"${tie[end]}" is not an actor in this network`, { field: end, value: tie[end] }));
    }
  }
  if (tie.source === tie.target) problems.push(problem('target', 'self-loop', `ties "${tie.source}" to itself`, { value: tie.source }));
  if (problems.length > 0) return { record: null, problems };
  return { record: { ...tie, directed: tie.directed ?? isDirectedType(tie.type) }, problems: [] };
}
