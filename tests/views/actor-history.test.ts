import { describe, expect, it } from 'vitest';
import type { Commitment, EngagementRecord, Incident } from '../../src/model/types';
import { actorHistory, newestFirst } from '../../src/views/records/actor-history';

const engagement = (id: string, date: string, participants: EngagementRecord['participants'], until?: string): EngagementRecord => ({
  id,
  kind: 'meeting',
  date,
  ...(until ? { until } : {}),
  topic: id,
  region: null,
  place: '',
  participants,
  outcome: '',
  sources: [],
  basis: 'assumed',
});
const commitment = (id: string, status: Commitment['status'], due?: string): Commitment => ({
  id,
  what: id,
  by: ['a'],
  to: [],
  ...(due ? { due } : {}),
  status,
  history: [],
  evidence: '',
  sources: [],
  basis: 'assumed',
});
const incident = (id: string, date: string): Incident => ({
  id,
  kind: 'protest',
  date,
  region: null,
  place: '',
  involved: [{ actor: 'a', role: 'affected_community' }],
  severity: null,
  description: '',
  sources: [],
  basis: 'assumed',
});

const network = {
  engagements: [
    engagement('old', '2023-01-10', [{ actor: 'a', role: 'attended' }]),
    engagement('workshop', '2024-03-04', [{ actor: 'a', role: 'convened' }], '2024-03-06'),
    // Invited but absent: listed, but not counted as contact.
    engagement('declined', '2025-01-20', [{ actor: 'a', role: 'invited' }]),
    // After today: not yet the last engagement.
    engagement('planned', '2025-09-01', [{ actor: 'a', role: 'attended' }]),
    engagement('others', '2025-02-01', [{ actor: 'b', role: 'attended' }]),
  ],
  commitments: [
    commitment('undated', 'pending'),
    commitment('late', 'in_progress', '2025-03-31'),
    commitment('soon', 'pending', '2025-06'),
    commitment('kept', 'done', '2024-01-01'),
    commitment('later', 'pending', '2026'),
  ],
  incidents: [incident('first', '2022'), incident('second', '2024-11-05')],
};

describe('actorHistory(network, actor, today)', () => {
  const history = actorHistory(network, 'a', '2025-05-15');

  it('takes the last engagement it took part in, and counts whole months from its last day', () => {
    // The workshop ended 2024-03-06; to 2025-05-15: 14 months (2025-05-06 is 14 months on, 2025-06-06 would be 15).
    expect(history.last?.engagement.id).toBe('workshop');
    expect(history.last?.months).toBe(14);
  });

  it('lists open commitments, the overdue first, then by due date, undated last', () => {
    // late: due 2025-03-31 < 2025-05-15, open → overdue. soon: due in June 2025, not yet. kept: done, not open.
    expect(history.open.map((o) => [o.commitment.id, o.overdue])).toEqual([
      ['late', true],
      ['soon', false],
      ['later', false],
      ['undated', false],
    ]);
  });

  it('lists every engagement it was part of and its incidents, newest first', () => {
    expect(history.engagements.map((e) => e.id)).toEqual(['planned', 'declined', 'workshop', 'old']);
    expect(history.incidents.map((i) => i.id)).toEqual(['second', 'first']);
  });

  it('says there is no last engagement for an actor never met', () => {
    expect(actorHistory(network, 'c', '2025-05-15')).toEqual({ last: null, open: [], incidents: [], engagements: [] });
  });
});

describe('newestFirst(records)', () => {
  it('orders by first possible day, a month before the days in it, and same days by id', () => {
    const records = [
      { id: 'b', date: '2010-02-25' },
      { id: 'a', date: '2010-02' },
      { id: 'c', date: '2010-02-25' },
      { id: 'd', date: '2011' },
    ];
    // 2011 → 2011-01-01; 2010-02-25 (b, c by id); 2010-02 → 2010-02-01.
    expect(newestFirst(records).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});
