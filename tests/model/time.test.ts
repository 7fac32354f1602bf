import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../src/model/filter';
import { monthsBetween, standsAt, timeSpan } from '../../src/model/time';
import { small } from '../analysis/fixtures';

// t0 since 2010; t1 since 2017-08; t2 from 2010-02-25 until 2017-06; t3 undated.
const dated = small(['a', 'b', 'c'], ['a-b', 'b-c', 'a-c', 'a-b'], {
  t0: { since: '2010' },
  t1: { since: '2017-08' },
  t2: { since: '2010-02-25', until: '2017-06' },
});
const at = (month: string) => dated.ties.filter((t) => standsAt(t, month)).map((t) => t.id);

describe('ties over time', () => {
  it('shows a tie from the first month its date can mean to the last', () => {
    // January 2010: t0 has begun (2010 may be January), t2 not yet (25 February).
    expect(at('2010-01')).toEqual(['t0', 't3']);
    expect(at('2010-02')).toEqual(['t0', 't2', 't3']);
    // June 2017 is t2's last month; August 2017 t1's first.
    expect(at('2017-06')).toEqual(['t0', 't2', 't3']);
    expect(at('2017-07')).toEqual(['t0', 't3']);
    expect(at('2017-08')).toEqual(['t0', 't1', 't3']);
  });

  it('spans the months the dates give', () => {
    expect(timeSpan(dated)).toEqual({ from: '2010-01', to: '2017-08', dated: 3 });
    expect(timeSpan(small(['a', 'b'], ['a-b']))).toBeNull();
    expect(monthsBetween('2016-11', '2017-02')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
  });

  it('filters the network as it stood at a month', () => {
    const visible = applyFilters(dated, { ...NO_FILTERS, asOf: '2017-07' });
    expect([...visible.ties]).toEqual(['t0', 't3']);
    // Actors stay unless asked to hide those left without ties.
    expect(visible.actors.size).toBe(3);
    const hidden = applyFilters(dated, { ...NO_FILTERS, asOf: '2017-07', hideIsolates: true });
    expect([...hidden.actors].sort()).toEqual(['a', 'b']);
  });
});
