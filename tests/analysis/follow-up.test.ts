import { describe, expect, it } from 'vitest';
import { followUp, isEmpty } from '../../src/analysis/follow-up';
import { TODAY, actors, records } from './engagement-records';

describe('followUp(network, today)', () => {
  it('lists overdue and due-soon commitments with how late or how near', () => {
    // Overdue (engagement-gaps.test.ts): c2 by DEFENSORIA to the group, 107 days; c1 by MINERA to COMUNIDAD, 15 days.
    // Due soon within 30 days of 15 Sep: c4, due 30 Sep, in 15 days. c5 has no due date; c3 is done.
    const list = followUp(records, TODAY);
    expect(list.overdue.map((l) => [l.commitment.id, l.by.map((a) => a.id), l.to.map((a) => a.id), l.days])).toEqual([
      ['c2', ['defensoria'], [], 107],
      ['c1', ['minera'], ['comunidad'], 15],
    ]);
    expect(list.dueSoon.map((l) => [l.commitment.id, l.days])).toEqual([['c4', 15]]);
    // Within 10 days (up to 25 Sep), 30 Sep is not soon yet.
    expect(followUp(records, TODAY, { dueWithin: 10 }).dueSoon).toEqual([]);
  });

  it('lists the actors to contact, with why and when they were last engaged', () => {
    // Quiet and influential: POLICIA (never engaged), MINERA (7 months, since e1). Parties to an incident nobody has
    // met since: MINERA (i4, security provider), POLICIA and COMUNIDAD (i1). All three have an incident, so the
    // order is by months unheard: POLICIA and COMUNIDAD never (POLICIA first, influence 4 over 3), then MINERA.
    const list = followUp(records, TODAY);
    expect(
      list.contact.map((c) => [c.actor.id, c.quiet, c.last?.id ?? null, c.months, c.incidents.map((i) => `${i.incident.id}:${i.role}`)]),
    ).toEqual([
      ['policia', true, null, null, ['i1:security_provider']],
      ['comunidad', false, null, null, ['i1:affected_community']],
      ['minera', true, 'e1', 7, ['i4:security_provider']],
    ]);
    // With 8 months chosen, MINERA is still to contact for i4, but no longer as quiet.
    const minera = followUp(records, TODAY, { quietMonths: 8 }).contact.find((c) => c.actor.id === 'minera')!;
    expect([minera.quiet, minera.months]).toEqual([false, 7]);
  });

  it('is empty for a network with no records', () => {
    expect(isEmpty(followUp(actors, TODAY))).toBe(true);
    expect(isEmpty(followUp(records, TODAY))).toBe(false);
  });
});
