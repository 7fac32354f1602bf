/**
 * Reads a native network file into the model, collecting every problem with
 * its location instead of stopping at the first. It never throws on user data:
 * bad actors and ties are left out and reported, good ones are kept.
 */
import * as v from 'valibot';
import { ActorSchema, NetworkShellSchema, TieSchema } from './schema';
import { isDirectedType } from './vocabularies';
import type { Actor, Network, NetworkMeta, Problem, ProblemCode, Tie } from './types';

/** What every reader returns: the network it could build (or `null`) and what was wrong. */
export interface ParseResult {
  network: Network | null;
  problems: Problem[];
}

type Issue = v.BaseIssue<unknown>;

function formatPath(prefix: string, issue: Issue): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path || '(file)';
}

function codeOf(issue: Issue): ProblemCode {
  if (issue.received === 'undefined') return 'missing';
  switch (issue.type) {
    case 'picklist':
      return 'unknown-value';
    case 'literal':
      return 'unsupported-version';
    case 'integer':
    case 'min_value':
    case 'max_value':
      return 'out-of-range';
    case 'regex':
    case 'non_empty':
      return 'bad-format';
    default:
      return issue.kind === 'schema' ? 'wrong-type' : 'invalid';
  }
}

function messageOf(issue: Issue, code: ProblemCode): string {
  if (code === 'missing') return 'is required';
  if (issue.message.startsWith('must')) return `${JSON.stringify(issue.input) ?? String(issue.input)} ${issue.message}`;
  return issue.message;
}

function toProblems(prefix: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    const code = codeOf(issue);
    return { path: formatPath(prefix, issue), message: messageOf(issue, code), code, severity: 'error' };
  });
}

function problem(path: string, code: ProblemCode, message: string): Problem {
  return { path, code, message, severity: 'error' };
}

const PARSE_OPTIONS = { abortEarly: false } as const;

/**
 * Validates a parsed JSON value as a network. Returns the network with every
 * valid actor and tie, and a located problem for each thing left out.
 * `network` is `null` only when the file as a whole is unusable (not an object,
 * no supported `schemaVersion`, no title …).
 */
export function parseNetwork(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { network: null, problems: [problem('(file)', 'wrong-type', 'must be a network object with actors and ties')] };
  }
  const problems: Problem[] = [];
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
      return problems.push(problem(`${path}.id`, 'duplicate-id', `"${result.output.id}" is already used by actors[${first}]`));
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
      return problems.push(problem(`${path}.id`, 'duplicate-id', `"${tie.id}" is already used by ties[${first}]`));
    }
    const missing = (['source', 'target'] as const).filter((end) => !actorIndex.has(tie[end]));
    if (missing.length > 0) {
      for (const end of missing) {
        const at = declared.get(tie[end]);
        const why = at === undefined ? 'is not an actor in this network' : `is actors[${at}], which was left out for its own problems`;
        problems.push(problem(`${path}.${end}`, 'missing-actor', `"${tie[end]}" ${why}`));
      }
      return;
    }
    if (tie.source === tie.target) {
      return problems.push(problem(path, 'self-loop', `ties "${tie.source}" to itself`));
    }
    tieIndex.set(tie.id, i);
    ties.push({ ...tie, directed: tie.directed ?? isDirectedType(tie.type) });
  });

  if (!shell.success) return { network: null, problems };
  const { actors: _actors, ties: _ties, ...meta } = shell.output;
  return { network: { ...(meta as NetworkMeta), actors, ties }, problems };
}

/** Parses the text of a native JSON file; a syntax error becomes a problem, not an exception. */
export function parseNetworkJson(text: string, fileName = '(file)'): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { network: null, problems: [problem(fileName, 'not-json', `is not valid JSON: ${detail}`)] };
  }
  return parseNetwork(value);
}
