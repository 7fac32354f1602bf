/**
 * Engagement records checked against the network they are in: read from a file one by one (a bad record left out,
 * a participant who is not an actor dropped with a warning), or checked before a form puts one in (every problem
 * an error, beside its field).
 */
import * as v from 'valibot';
import { RECORD_SCHEMAS } from './schema';
import { PARSE_OPTIONS, problem, toProblems, type RecordCheck } from './schema-problems';
import type { RecordField, Records } from './records';
import { dateEnd, dateStart } from './time';
import type { Network, NetworkMeta, Problem } from './types';

type RecordLists = Pick<NetworkMeta, 'engagements' | 'commitments' | 'incidents'>;

/**
 * Engagements, commitments and incidents, one by one: a bad record is left out and located, the rest kept. A
 * participant who is not an actor of the network is left out of the record with a warning (the record stays), as is
 * a commitment's link to an engagement that is not there.
 */
export function readRecords(raw: Record<string, unknown>, actorIndex: ReadonlyMap<string, number>, problems: Problem[]): RecordLists {
  const lists: RecordLists = {};
  const engagementIds = new Set<string>();
  for (const field of ['engagements', 'commitments', 'incidents'] as const) {
    const items = raw[field];
    if (!Array.isArray(items)) continue;
    const seen = new Map<string, number>();
    const kept: Record<string, unknown>[] = [];
    items.forEach((item, i) => {
      const path = `${field}[${i}]`;
      const result = v.safeParse(RECORD_SCHEMAS[field], item, PARSE_OPTIONS);
      if (!result.success) return problems.push(...toProblems(path, result.issues));
      const record = result.output as Record<string, unknown> & { id: string };
      const first = seen.get(record.id);
      if (first !== undefined) {
        return problems.push(
          problem(`${path}.id`, 'duplicate-id', `"${record.id}" is already used by ${field}[${first}]`, {
            field: 'id',
            value: record.id,
            other: `${field}[${first}]`,
          }),
        );
      }
      seen.set(record.id, i);
      kept.push(withKnownActors(record, field, path, actorIndex, engagementIds, problems));
    });
    if (field === 'engagements') for (const id of seen.keys()) engagementIds.add(id);
    (lists as Record<string, unknown>)[field] = kept;
  }
  return lists;
}

function missingActor(path: string, id: string): Problem {
  return {
    ...problem(path, 'missing-actor', `"${id}" is not an actor in this network; left out of the record`, { value: id }),
    severity: 'warning',
  };
}

function withKnownActors(
  record: Record<string, unknown>,
  field: 'engagements' | 'commitments' | 'incidents',
  path: string,
  actorIndex: ReadonlyMap<string, number>,
  engagementIds: ReadonlySet<string>,
  problems: Problem[],
): Record<string, unknown> {
  const keepRoles = (key: 'participants' | 'involved') => {
    const list = record[key] as { actor: string }[];
    return list.filter((p, j) => actorIndex.has(p.actor) || (problems.push(missingActor(`${path}.${key}[${j}].actor`, p.actor)), false));
  };
  const keepIds = (key: 'by' | 'to') => {
    const list = record[key] as string[];
    return list.filter((id, j) => actorIndex.has(id) || (problems.push(missingActor(`${path}.${key}[${j}]`, id)), false));
  };
  if (field === 'engagements') return { ...record, participants: keepRoles('participants') };
  if (field === 'incidents') return { ...record, involved: keepRoles('involved') };
  const result: Record<string, unknown> = { ...record, by: keepIds('by'), to: keepIds('to') };
  const at = record.engagement;
  if (typeof at === 'string' && !engagementIds.has(at)) {
    problems.push({
      ...problem(`${path}.engagement`, 'missing-actor', `"${at}" is not an engagement in this network; the commitment is kept without it`, {
        field: 'engagement',
        value: at,
      }),
      severity: 'warning',
    });
    delete result.engagement;
  }
  return result;
}

type RecordOf<F extends RecordField> = Records[F][number];

/**
 * Checks an engagement, commitment or incident about to be put in `network` (or to replace the one `replacing`): its
 * fields, that its id is free, that the actors it names are the network's and each named once, that a range does not
 * end before it starts, and that a commitment's engagement is there. Paths are the field names
 * (`participants[2].actor`), so a form shows each problem beside its field.
 */
export function checkRecord<F extends RecordField>(
  field: F,
  input: unknown,
  network: Network,
  replacing?: string,
): RecordCheck<RecordOf<F>> {
  const result = v.safeParse(RECORD_SCHEMAS[field], input, PARSE_OPTIONS);
  if (!result.success) return { record: null, problems: toProblems('', result.issues) };
  const record = result.output as RecordOf<F>;
  const problems: Problem[] = [];
  const list = (network[field] ?? []) as { id: string }[];
  if (record.id !== replacing && list.some((r) => r.id === record.id)) {
    problems.push(problem('id', 'duplicate-id', `"${record.id}" is already used by another record`, { field: 'id', value: record.id }));
  }
  const actors = new Set(network.actors.map((a) => a.id));
  const checkActors = (key: string, ids: readonly string[], suffix: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const path = `${key}[${i}]${suffix}`;
      if (!actors.has(id))
        problems.push(problem(path, 'missing-actor', `"${id}" is not an actor in this network`, { field: key, value: id }));
      else if (seen.has(id)) {
        problems.push({
          ...problem(path, 'invalid', `"${id}" is named twice`, { field: key, value: id }),
          messageEs: `"${id}" figura dos veces`,
        });
      }
      seen.add(id);
    });
  };
  if ('participants' in record)
    checkActors(
      'participants',
      record.participants.map((p) => p.actor),
      '.actor',
    );
  if ('involved' in record)
    checkActors(
      'involved',
      record.involved.map((p) => p.actor),
      '.actor',
    );
  if ('by' in record) {
    checkActors('by', record.by, '');
    checkActors('to', record.to, '');
    if (record.engagement !== undefined && !(network.engagements ?? []).some((e) => e.id === record.engagement)) {
      problems.push({
        ...problem('engagement', 'invalid', `"${record.engagement}" is not an engagement in this network`, {
          field: 'engagement',
          value: record.engagement,
        }),
        messageEs: `"${record.engagement}" no es una reunión de esta red`,
      });
    }
  }
  if ('until' in record && record.until !== undefined && dateEnd(record.until) < dateStart(record.date)) {
    problems.push({
      ...problem('until', 'invalid', 'ends before it starts', { field: 'until', value: record.until }),
      messageEs: 'termina antes de empezar',
    });
  }
  return problems.length > 0 ? { record: null, problems } : { record, problems: [] };
}
