/**
 * A schema's issues (valibot) as the model's problems: located by path (`actors[12].sector`), coded, with the
 * offending value and, for an unknown value, the nearest known one. Shared by the readers of whole files
 * (validate.ts) and of single records (validate-records.ts).
 */
import type * as v from 'valibot';
import { closest } from './closest';
import type { Problem, ProblemCode, ProblemParams } from './types';

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

function display(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function paramsOf(issue: Issue, code: ProblemCode): ProblemParams {
  const last = issue.path?.at(-1)?.key;
  const params: ProblemParams = { field: typeof last === 'string' ? last : undefined };
  if (code !== 'missing') params.value = display(issue.input);
  if (code === 'unknown-value' && typeof issue.input === 'string' && issue.expected) {
    const options = [...issue.expected.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
    params.suggestion = closest(issue.input, options) ?? undefined;
  }
  if (code === 'out-of-range') {
    params.bound = issue.type === 'min_value' ? 'min' : issue.type === 'max_value' ? 'max' : 'integer';
    if (typeof issue.requirement === 'number') params.limit = issue.requirement;
  }
  return params;
}

export function toProblems(prefix: string, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    const code = codeOf(issue);
    return { path: formatPath(prefix, issue), message: messageOf(issue, code), code, severity: 'error', params: paramsOf(issue, code) };
  });
}

export function problem(path: string, code: ProblemCode, message: string, params?: ProblemParams): Problem {
  return { path, code, message, severity: 'error', ...(params ? { params } : {}) };
}

export const PARSE_OPTIONS = { abortEarly: false } as const;

/** The result of checking one record for an edit: the record as the model holds it, or what is wrong. */
export interface RecordCheck<T> {
  record: T | null;
  problems: Problem[];
}
