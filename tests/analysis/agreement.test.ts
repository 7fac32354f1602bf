// Three informants who disagree, each in a session of their own: what the combined answers say, worked by hand.
import { describe, expect, it } from 'vitest';
import { agreement, answersOf, consensusTies, disagreements, influenceOfTower } from '../../src/analysis/agreement';
import { mapping } from './informants-fixture';

describe('where informants agree', () => {
  const combined = agreement(mapping);
  const share = (key: string) => combined.ties.find((t) => t.key === key);

  it('gives each tie the share of the informants asked about its kind of link who reported it', () => {
    expect(combined.informants).toEqual(['s1/i', 's2/i', 's3/i']);
    // Information A–B: 3 of the 3 asked about information.
    expect(share('information|a|b')).toMatchObject({ reporters: ['s1/i', 's2/i', 's3/i'], asked: 3, share: 1 });
    // Funding B→C: 2 of the 2 asked about funding (informant 3 was not asked); C→B: 1 of 2.
    expect(share('funding|b|c')).toMatchObject({ asked: 2, share: 1, directed: true });
    expect(share('funding|c|b')).toMatchObject({ reporters: ['s2/i'], asked: 2, share: 0.5 });
    // Conflict A–C: 1 of the 1 asked. Information A–C: 1 of 3 (said twice by informant 1, counted once).
    expect(share('conflict|a|c')).toMatchObject({ asked: 1, share: 1 });
    expect(share('information|a|c')!.reporters).toEqual(['s1/i']);
    expect(share('information|a|c')!.share).toBeCloseTo(1 / 3, 12);
    expect(combined.ties).toHaveLength(5);
  });

  it('gives each actor the mean, spread and range of the towers, an adjusted tower counting once', () => {
    const [a, b] = ['a', 'b'].map((id) => combined.influence.find((i) => i.actor === id)!);
    // A: 8, 6, 4 → mean 6; deviations 2, 0, −2 → variance 8/3, spread √(8/3) = 1.633; range 4.
    expect(a!.mean).toBe(6);
    expect(a!.spread).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(a!.range).toBe(4);
    // B: 3 (the 2 moved to 3), 3, 2 → mean 8/3; deviations 1/3, 1/3, −2/3 → variance (1+1+4)/27 = 2/9; range 1.
    expect(b!.towers.map((t) => t.tower)).toEqual([3, 3, 2]);
    expect(b!.mean).toBeCloseTo(8 / 3, 12);
    expect(b!.spread).toBeCloseTo(Math.sqrt(2 / 9), 12);
    expect(b!.range).toBe(1);
    // On the model's 1–5 scale, two tower steps to one: 6 → 4, 8/3 → 2, 0 → 1, 8 → 5.
    expect([6, 8 / 3, 0, 1, 8].map(influenceOfTower)).toEqual([4, 2, 1, 1, 5]);
  });

  it('keeps the consensus at 2 of 3: the ties at least two informants reported', () => {
    expect(consensusTies(combined, 2).map((t) => t.key)).toEqual(['information|a|b', 'funding|b|c']);
    expect(consensusTies(combined, 3).map((t) => t.key)).toEqual(['information|a|b']);
  });

  it('lists the disagreements: split ties (closest to half first), wide towers, stances given both ways', () => {
    const rows = disagreements(mapping, combined);
    expect(
      rows.map((r) => (r.kind === 'tie' ? r.tie.key : r.kind === 'influence' ? `tower ${r.influence.actor}` : `stance ${r.stance.actor}`)),
    ).toEqual([
      'funding|c|b', // 1 of 2: exactly half
      'information|a|c', // 1 of 3
      'tower a', // range 4 ≥ 3; B's range 1 is not listed
      'stance a', // +, +, −; B's 0, 0 agree
    ]);
    const infoAC = rows[1]!;
    expect(infoAC.kind === 'tie' && infoAC.said).toEqual([
      { informant: 's1/i', reported: true },
      { informant: 's2/i', reported: false },
      { informant: 's3/i', reported: false },
    ]);
  });

  it("keeps one informant's answers apart, for an analysis of their network alone", () => {
    const third = agreement(answersOf(mapping, 's3/i'));
    expect(third.informants).toEqual(['s3/i']);
    expect(third.ties.map((t) => t.key).sort()).toEqual(['conflict|a|c', 'information|a|b']);
    expect(third.influence.map((i) => [i.actor, i.mean])).toEqual([
      ['a', 4],
      ['b', 2],
    ]);
  });
});

describe('who was asked about links', () => {
  it('counts only those who answered the question of links: participants who only named an actor do not dilute a tie', () => {
    // The table (mesa) reports a–b; three phones' participants joined the session, each naming one actor only.
    const session = {
      id: 's',
      question: '¿Quién?',
      linkTypes: [{ id: 'info', name: 'información', colour: '#1f77b4', tieType: 'information' as const }],
      goals: [],
      informants: [{ id: 'mesa', label: 'Mesa' }, ...['p-1', 'p-2', 'p-3'].map((id) => ({ id, label: id }))],
    };
    const combined = agreement({
      sessions: [session],
      answers: [
        { kind: 'tie', session: 's', informant: 'mesa', source: 'a', target: 'b', linkType: 'info' },
        ...['p-1', 'p-2', 'p-3'].map((informant, i) => ({ kind: 'actor' as const, session: 's', informant, actor: `x${i}` })),
      ],
    });
    // 1 of the 1 asked (the table), not 1 of 4.
    expect(combined.ties.map((t) => [t.asked, t.share])).toEqual([[1, 1]]);
  });
});
