import { describe, expect, it } from 'vitest';
import { actorShownAt, appearances, tieStandsAt, undatedTies } from '../../src/model/as-of';
import { applyFilters, NO_FILTERS } from '../../src/model/filter';
import { timeSpan } from '../../src/model/time';
import type { EngagementRecord, Network } from '../../src/model/types';
import { small } from '../analysis/fixtures';

const engagement = (id: string, date: string, participants: [string, 'convened' | 'attended' | 'invited'][]): EngagementRecord => ({
  id,
  kind: 'meeting',
  date,
  topic: id,
  region: null,
  place: '',
  participants: participants.map(([actor, role]) => ({ actor, role })),
  outcome: '',
  sources: [],
  basis: 'documented',
});

/**
 * Five actors, five ties, three meetings:
 *   m1 2017-03-10: a convened, b attended, c invited (did not come)
 *   m2 2017-06 (a month): b, c attended
 *   m3 2018 (a year): a, c attended
 *   t0 a–b undated;  t1 b–c undated;  t2 a–c since 2017-09;  t3 c–d since 2016-05 until 2017-12;  t4 d–e undated
 * By hand:
 *   a appears 2017-03-10 (m1); b 2017-03-10 (m1); c 2016-05-01: named at m1 (2017-03-10), but t3 says it stood in
 *   2016-05, earlier; d and e are in no meeting: shown throughout.
 *   t0 a–b: both at m1 → 2017-03-10. t1 b–c: c only invited at m1, both at m2 → 2017-06-01.
 *   t2 a–c: met first at m3 → 2018-01-01, but its since 2017-09 is earlier. t3 c–d: d never met anyone; since 2016-05.
 *   t4 d–e: nothing dates it.
 */
const network: Network = {
  ...small(['a', 'b', 'c', 'd', 'e'], ['a-b', 'b-c', 'a-c', 'c-d', 'd-e'], {
    t2: { since: '2017-09' },
    t3: { since: '2016-05', until: '2017-12' },
  }),
  engagements: [
    engagement('m3', '2018', [
      ['a', 'attended'],
      ['c', 'attended'],
    ]),
    engagement('m1', '2017-03-10', [
      ['a', 'convened'],
      ['b', 'attended'],
      ['c', 'invited'],
    ]),
    engagement('m2', '2017-06', [
      ['b', 'attended'],
      ['c', 'attended'],
    ]),
  ],
};

const shownAt = (month: string) => {
  const visible = applyFilters(network, { ...NO_FILTERS, asOf: month });
  return { actors: [...visible.actors].sort(), ties: [...visible.ties].sort() };
};

describe('appearances(network)', () => {
  it('dates each actor by its first engagement, or earlier by a tie that stood', () => {
    const found = appearances(network);
    expect(Object.fromEntries(found.actors)).toEqual({ a: '2017-03-10', b: '2017-03-10', c: '2016-05-01' });
    expect(Object.fromEntries(found.ties)).toEqual({ t0: '2017-03-10', t1: '2017-06-01', t2: '2018-01-01' });
  });

  it('an invitation declined names the actor but is no meeting', () => {
    // m1 alone: c is named (invited) but took part with nobody, so b–c has not met.
    const found = appearances({ ...network, engagements: network.engagements!.filter((e) => e.id === 'm1') });
    expect(found.actors.get('c')).toBe('2016-05-01');
    expect(found.ties.has('t1')).toBe(false);
  });

  it('without engagements, nothing is dated by them', () => {
    const found = appearances({ ...network, engagements: undefined });
    expect(found.actors.size + found.ties.size).toBe(0);
  });
});

describe('actorShownAt and tieStandsAt', () => {
  const found = appearances(network);
  it('shows an actor from the month of its first appearance, and one in no engagement always', () => {
    expect(actorShownAt(found, 'a', '2017-02')).toBe(false);
    expect(actorShownAt(found, 'a', '2017-03')).toBe(true);
    expect(actorShownAt(found, 'd', '1990-01')).toBe(true);
  });

  it('starts a tie at the earlier of its since and its ends first meeting, and ends it by its until', () => {
    const t2 = network.ties[2]!;
    const t3 = network.ties[3]!;
    // t2: since 2017-09 beats the 2018 meeting.
    expect([tieStandsAt(found, t2, '2017-08'), tieStandsAt(found, t2, '2017-09')]).toEqual([false, true]);
    // t3: until 2017-12, so gone in January 2018 though c keeps meeting people.
    expect([tieStandsAt(found, t3, '2017-12'), tieStandsAt(found, t3, '2018-01')]).toEqual([true, false]);
    // t4: undated, never met: always.
    expect(tieStandsAt(found, network.ties[4]!, '1990-01')).toBe(true);
  });

  it('counts the ties nothing dates', () => {
    // t4 only: t0 and t1 are dated by meetings, t2 and t3 by their dates.
    expect(undatedTies(network)).toBe(1);
  });
});

describe('applyFilters with asOf, over engagements', () => {
  it('adds actors and ties as they first appear', () => {
    // 2016-04: only d and e (in no meeting) and their undated tie t4.
    expect(shownAt('2016-04')).toEqual({ actors: ['d', 'e'], ties: ['t4'] });
    // 2016-05: t3 begins, bringing c.
    expect(shownAt('2016-05')).toEqual({ actors: ['c', 'd', 'e'], ties: ['t3', 't4'] });
    // 2017-03: m1 brings a and b, and their tie t0; b–c not yet (c did not come).
    expect(shownAt('2017-03')).toEqual({ actors: ['a', 'b', 'c', 'd', 'e'], ties: ['t0', 't3', 't4'] });
    // 2017-06: m2, b and c meet.
    expect(shownAt('2017-06').ties).toEqual(['t0', 't1', 't3', 't4']);
    // 2017-09: t2 by its since.
    expect(shownAt('2017-09').ties).toEqual(['t0', 't1', 't2', 't3', 't4']);
    // 2018-01: t3 ended in December.
    expect(shownAt('2018-01').ties).toEqual(['t0', 't1', 't2', 't4']);
  });

  it('without engagements, dates only the ties, as before', () => {
    const plain = { ...network, engagements: undefined };
    const visible = applyFilters(plain, { ...NO_FILTERS, asOf: '2016-04' });
    // Every actor; t0, t1, t4 undated; t2 not begun; t3 not begun (May).
    expect(visible.actors.size).toBe(5);
    expect([...visible.ties].sort()).toEqual(['t0', 't1', 't4']);
  });
});

describe('timeSpan(network) with records', () => {
  it('spans the records as well as the ties', () => {
    // Ties: 2016-05 … 2017-12; meetings 2017-03 … 2018 (January); a commitment due 2019-02 and an incident 2015-11.
    const withRecords: Network = {
      ...network,
      commitments: [
        {
          id: 'c1',
          what: 'x',
          by: ['a'],
          to: [],
          made: '2017-03-10',
          due: '2019-02',
          status: 'pending',
          history: [],
          evidence: '',
          sources: [],
          basis: 'documented',
        },
      ],
      incidents: [
        {
          id: 'i1',
          kind: 'protest',
          date: '2015-11-02',
          region: null,
          place: '',
          involved: [],
          severity: 2,
          description: '',
          sources: [],
          basis: 'documented',
        },
      ],
    };
    expect(timeSpan(network)).toEqual({ from: '2016-05', to: '2018-01', dated: 2 });
    expect(timeSpan(withRecords)).toEqual({ from: '2015-11', to: '2019-02', dated: 2 });
  });
});
