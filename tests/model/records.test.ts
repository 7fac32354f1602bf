import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/model/edits';
import {
  addDays,
  engagementsTogether,
  isDueSoon,
  isOverdue,
  lastEngagements,
  monthsSince,
  putRecord,
  recordsWithout,
  setCommitmentStatus,
} from '../../src/model/records';
import { parseNetwork } from '../../src/model/validate';
import type { Commitment, EngagementRecord, Network } from '../../src/model/types';

const source = { doc: 'acta.pdf', locator: 'p. 1' };

function network(extra: Partial<Network> = {}): Network {
  const actor = (id: string) => ({
    id,
    name: id.toUpperCase(),
    aliases: [],
    sector: 'state' as const,
    level: null,
    country: null,
    region: null,
    influence: null,
    vpKnowledge: null,
    vpInterest: null,
    stance: null,
    engagement: null,
    vpStatus: null,
    capacities: { technical: null, humanRights: null, conflictPrevention: null, impartiality: null },
    contacts: [],
    tags: [],
    notes: '',
    sources: [],
    basis: 'assumed' as const,
    fieldBasis: {},
  });
  return {
    schemaVersion: 3,
    id: 'n',
    title: 'N',
    description: '',
    scope: '',
    sources: [],
    facts: [],
    actors: ['a', 'b', 'c'].map(actor),
    ties: [],
    ...extra,
  };
}

function meeting(id: string, date: string, participants: [string, EngagementRecord['participants'][number]['role']][]): EngagementRecord {
  return {
    id,
    kind: 'meeting',
    date,
    topic: 'Mesa',
    region: null,
    place: '',
    participants: participants.map(([actor, role]) => ({ actor, role })),
    outcome: '',
    sources: [source],
    basis: 'documented',
  };
}

function promise(due: string | undefined, status: Commitment['status'] = 'pending'): Commitment {
  return {
    id: 'c1',
    what: 'Plan de trabajo',
    by: ['a'],
    to: ['b'],
    due,
    status,
    history: [],
    evidence: '',
    sources: [],
    basis: 'documented',
  };
}

describe('reading records', () => {
  it('opens a version-2 file (the Macro Sur sample as it was before records) with every record as it was, and no records', () => {
    const v2 = JSON.parse(readFileSync(new URL('../fixtures/macro-sur-2017.v2.json', import.meta.url), 'utf8'));
    const { network: read, problems } = parseNetwork(v2);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => p.path === 'schemaVersion').map((p) => p.message)).toEqual([
      'was 2; read as version 3 (engagements, commitments and incidents may now be recorded; this file has none)',
    ]);
    expect(read?.schemaVersion).toBe(3);
    expect(read?.actors).toEqual(v2.actors.map((a: Record<string, unknown>) => expect.objectContaining(a)));
    expect(read?.ties).toEqual(v2.ties.map((t: Record<string, unknown>) => expect.objectContaining(t)));
    expect(read?.engagements).toBeUndefined();
    expect(read?.commitments).toBeUndefined();
    expect(read?.incidents).toBeUndefined();
  });

  it('leaves out a bad record with its place, keeps the others, and drops a participant who is not an actor with a warning', () => {
    const file = {
      ...network(),
      engagements: [
        meeting('m1', '2017-08', [
          ['a', 'convened'],
          ['zz', 'attended'],
        ]),
        { ...meeting('m2', '15/08/2017', []) },
        meeting('m1', '2017-09', []),
      ],
      commitments: [{ ...promise('2017-10'), engagement: 'm9' }],
    };
    const { network: read, problems } = parseNetwork(file);
    expect(read?.engagements?.map((e) => e.id)).toEqual(['m1']);
    expect(read?.engagements?.[0]?.participants).toEqual([{ actor: 'a', role: 'convened' }]);
    expect(read?.commitments?.[0]?.engagement).toBeUndefined();
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['engagements[0].participants[1].actor', 'warning'],
      ['engagements[1].date', 'error'],
      ['engagements[2].id', 'error'],
      ['commitments[0].engagement', 'warning'],
    ]);
  });
});

describe('time since and overdue', () => {
  it('counts whole months from the last day a partial date can mean', () => {
    // 2017-08-15 → 2018-02-14: 5 months and 30 days, so 5; on 2018-02-15, 6.
    expect(monthsSince('2017-08-15', '2018-02-14')).toBe(5);
    expect(monthsSince('2017-08-15', '2018-02-15')).toBe(6);
    // "August 2017" may mean the 31st: a month after 31 August is 30 September (the shorter month's last day, as
    // calendars count), so on the 29th not one whole month has surely passed, and on the 30th it has.
    expect(monthsSince('2017-08', '2017-09-29')).toBe(0);
    expect(monthsSince('2017-08', '2017-09-30')).toBe(1);
    // "2017" ends on 31 December: in June 2018, 5 whole months (31 Dec → 31 May), not 17.
    expect(monthsSince('2017', '2018-06-15')).toBe(5);
    // A date after today is not "−2 months ago".
    expect(monthsSince('2019-01-01', '2018-11-01')).toBe(0);
  });

  it('calls a commitment overdue only after the last day its due date can mean, and never once kept', () => {
    expect(isOverdue(promise('2025-03'), '2025-03-31')).toBe(false);
    expect(isOverdue(promise('2025-03'), '2025-04-01')).toBe(true);
    expect(isOverdue(promise('2025-03-10'), '2025-03-11')).toBe(true);
    expect(isOverdue(promise('2025-03-10', 'done'), '2025-06-01')).toBe(false);
    expect(isOverdue(promise('2025-03-10', 'dropped'), '2025-06-01')).toBe(false);
    expect(isOverdue(promise(undefined), '2030-01-01')).toBe(false);
    // Due 2025-04-10; from 2025-03-15, 30 days reach 2025-04-14: due soon. From 2025-03-01 (→ 03-31): not yet.
    expect(addDays('2025-03-15', 30)).toBe('2025-04-14');
    expect(isDueSoon(promise('2025-04-10'), '2025-03-15', 30)).toBe(true);
    expect(isDueSoon(promise('2025-04-10'), '2025-03-01', 30)).toBe(false);
    // Due "2026" falls due on 31 Dec 2026: not soon on 10 Dec 2025. Due "January 2026" falls due on the 31st: from
    // 10 Dec 2025, 30 days reach 9 Jan (not yet); from 5 Jan 2026 they reach 4 Feb (soon).
    expect(isDueSoon(promise('2026'), '2025-12-10', 30)).toBe(false);
    expect(isDueSoon(promise('2026-01'), '2025-12-10', 30)).toBe(false);
    expect(isDueSoon(promise('2026-01'), '2026-01-05', 30)).toBe(true);
  });
});

describe('who met whom', () => {
  const engagements = [
    meeting('m1', '2017-08-10', [
      ['a', 'convened'],
      ['b', 'attended'],
      ['c', 'invited'],
    ]),
    meeting('m2', '2017-11', [
      ['a', 'attended'],
      ['c', 'invited'],
    ]),
    meeting('m3', '2019-01-01', [['b', 'attended']]),
  ];
  const withMeetings = network({ engagements });

  it("takes an actor's last engagement as of today, counting presence only", () => {
    const last = lastEngagements(withMeetings, '2018-06-01');
    // a: m1 and m2, m2 is later. b: m1 (m3 is after today). c: only invited, never present.
    expect(last.get('a')?.id).toBe('m2');
    expect(last.get('b')?.id).toBe('m1');
    expect(last.has('c')).toBe(false);
  });

  it('gives the engagements two actors both attended', () => {
    expect(engagementsTogether(withMeetings, 'a', 'b').map((e) => e.id)).toEqual(['m1']);
    // c was invited to both, present at neither.
    expect(engagementsTogether(withMeetings, 'a', 'c')).toEqual([]);
  });

  it('takes a deleted actor out of every record, and is one edit undone at once', () => {
    const n = network({ engagements, commitments: [promise('2018-01')] });
    const patch = recordsWithout(n, new Set(['a']))!;
    expect(patch.engagements?.map((e) => e.participants.map((p) => p.actor))).toEqual([['b', 'c'], ['c'], ['b']]);
    expect(patch.commitments?.[0]).toMatchObject({ by: [], to: ['b'] });
    expect(patch.incidents).toBeUndefined();
    expect(recordsWithout(n, new Set(['zz']))).toBeNull();
  });

  it('records a status change with its day, and undoes it exactly', () => {
    const n = network({ commitments: [promise('2018-01')] });
    const applied = applyEdit(n, setCommitmentStatus(n, 'c1', 'done', '2018-02-03'));
    expect(applied.network.commitments?.[0]).toMatchObject({ status: 'done', history: [{ date: '2018-02-03', status: 'done' }] });
    expect(applyEdit(applied.network, applied.inverse).network).toEqual(n);
    // A new record is added at the end; the same id replaces it in place.
    const added = applyEdit(n, putRecord(n, 'engagements', engagements[0]!)).network;
    expect(added.engagements?.map((e) => e.id)).toEqual(['m1']);
  });
});

describe('dates of records', () => {
  it('leaves out, with its place, a record dated by a month or a day the calendar does not have', () => {
    // 2017-13: no 13th month. 2017-02-29: 2017 is not a leap year. 2016-02-29 is (2016 ÷ 4, not a century).
    const file = {
      ...network(),
      commitments: [
        { ...promise('2017-13'), id: 'c1' },
        { ...promise('2017-02-29'), id: 'c2' },
        { ...promise('2016-02-29'), id: 'c3' },
      ],
    };
    const { network: read, problems } = parseNetwork(file);
    expect(read?.commitments?.map((c) => c.id)).toEqual(['c3']);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['commitments[0].due', 'invalid'],
      ['commitments[1].due', 'invalid'],
    ]);
  });
});
