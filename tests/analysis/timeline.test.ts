import { describe, expect, it } from 'vitest';
import { extentOf, passes, spanOf, timelineItems, type RecordFilter } from '../../src/analysis/timeline';
import type { Commitment, EngagementRecord, Incident } from '../../src/model/types';

const engagement = (id: string, date: string, actors: string[], extra: Partial<EngagementRecord> = {}): EngagementRecord => ({
  id,
  kind: 'meeting',
  date,
  topic: id,
  region: null,
  place: '',
  participants: actors.map((actor) => ({ actor, role: 'attended' as const })),
  outcome: '',
  sources: [],
  basis: 'documented',
  ...extra,
});
const commitment = (id: string, extra: Partial<Commitment>): Commitment => ({
  id,
  what: id,
  by: ['a'],
  to: [],
  status: 'pending',
  history: [],
  evidence: '',
  sources: [],
  basis: 'documented',
  ...extra,
});
const incident = (id: string, date: string, extra: Partial<Incident> = {}): Incident => ({
  id,
  kind: 'protest',
  date,
  region: 'PE-CUS',
  place: '',
  involved: [{ actor: 'b', role: 'affected_community' }],
  severity: 2,
  description: '',
  sources: [],
  basis: 'documented',
  ...extra,
});

describe('spanOf(date)', () => {
  it('keeps a partial date as the days it may mean', () => {
    expect(spanOf('2010')).toEqual({ start: '2010-01-01', end: '2010-12-31', precision: 'year' });
    // February 2012 had 29 days, 2010's 28.
    expect(spanOf('2012-02')).toEqual({ start: '2012-02-01', end: '2012-02-29', precision: 'month' });
    expect(spanOf('2010-02').end).toBe('2010-02-28');
    expect(spanOf('2010-02-25')).toEqual({ start: '2010-02-25', end: '2010-02-25', precision: 'day' });
  });
});

describe('timelineItems(network, today)', () => {
  const today = '2025-03-15';
  const network = {
    engagements: [
      engagement('round-table', '2010-02-25', ['a', 'b']),
      engagement('workshop', '2017-09', ['b'], { until: '2017-10' }),
      engagement('study', '2017', ['c'], { region: 'PE-PUN' }),
    ],
    commitments: [
      // Made at the round table, due a month later, never kept: overdue.
      commitment('plan', { engagement: 'round-table', due: '2010-03', status: 'pending' }),
      // Open, no due date: runs from its making on to today.
      commitment('open', { made: '2024-06-01', status: 'in_progress' }),
      // Nothing dates it.
      commitment('undated', { status: 'pending' }),
    ],
    incidents: [incident('protest', '2016-11-02')],
  };
  const { items, undated } = timelineItems(network, today);
  const byId = new Map(items.map((i) => [i.id, i]));

  it('places every dated record, oldest first, and sets apart the commitments nothing dates', () => {
    // round-table and plan start 2010-02-25; protest 2016-11-02; study 2017-01-01; workshop 2017-09-01; open 2024-06-01.
    expect(items.map((i) => i.id)).toEqual(['round-table', 'plan', 'protest', 'study', 'workshop', 'open']);
    expect(undated.map((c) => c.id)).toEqual(['undated']);
  });

  it('runs a range from its first day to the last its end may mean', () => {
    expect(byId.get('workshop')).toMatchObject({
      from: { start: '2017-09-01', precision: 'month' },
      when: { end: '2017-10-31', precision: 'month' },
    });
    // A commitment from the engagement it was made at to the end of the month it is due in; overdue by today.
    expect(byId.get('plan')).toMatchObject({ from: { start: '2010-02-25' }, when: { end: '2010-03-31' }, overdue: true, toToday: false });
    expect(byId.get('open')).toMatchObject({ when: { start: '2024-06-01' }, toToday: true, overdue: false });
  });

  it('names the actors and keeps the region and severity', () => {
    expect(byId.get('protest')).toMatchObject({ actors: ['b'], severity: 2, region: 'PE-CUS' });
    expect(byId.get('plan')!.actors).toEqual(['a']);
  });

  it('spans the records own dates: the commitment still running counts to its making, not to today', () => {
    // The latest date: "open", made 2024-06-01 (it runs on to 2025-03-15 on the axis, past the fitted span).
    expect(extentOf(items)).toEqual({ start: '2010-02-25', end: '2024-06-01' });
    expect(extentOf([])).toBeNull();
  });

  it('passes a record by kind, and by the actors or region the session filters let through', () => {
    const none: RecordFilter = { hiddenKinds: new Set(), actors: null, regions: [] };
    expect(items.filter((i) => passes(i, none))).toHaveLength(6);
    expect(items.filter((i) => passes(i, { ...none, hiddenKinds: new Set(['engagements:meeting']) })).map((i) => i.id)).toEqual([
      'plan',
      'protest',
      'open',
    ]);
    // Only actor c let through, with Puno filtered for: the study (c's, in Puno); with Cusco instead, the study (c's)
    // and the protest (b's, but held in Cusco).
    const onlyC = { ...none, actors: new Set(['c']), regions: ['PE-PUN'] };
    expect(items.filter((i) => passes(i, onlyC)).map((i) => i.id)).toEqual(['study']);
    expect(items.filter((i) => passes(i, { ...onlyC, regions: ['PE-CUS'] })).map((i) => i.id)).toEqual(['protest', 'study']);
  });
});
