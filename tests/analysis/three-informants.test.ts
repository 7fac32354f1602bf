// Issue 30, done when: three informants' sessions that disagree, merged one after the other, give by hand-worked
// numbers the share of informants per tie, influence mean and spread, the consensus network at 2 of 3 and the
// disagreements table. The three networks are in three-informants.ts.
import { describe, expect, it } from 'vitest';
import { agreement, consensusTies, disagreements } from '../../src/analysis/agreement';
import { answeredNetwork } from '../../src/analysis/answered-network';
import { mergeSessions } from '../../src/analysis/merge-sessions';
import { informantNetwork } from './three-informants';

const A = 'espinar-a/i1';
const B = 'espinar-b/i1';
const C = 'espinar-c/i1';

// A's map, then B's session merged into it, then C's into that.
const first = mergeSessions(informantNetwork(0), informantNetwork(1));
const merged = mergeSessions(first.network, informantNetwork(2));
const mapping = merged.network.mapping!;
const combined = agreement(mapping);

describe('three informants who disagree, merged one after the other', () => {
  it("match B's actors by name (no accents, other ids) and keep the three sessions apart", () => {
    expect([first.added, first.suggested, merged.added, merged.suggested]).toEqual([[], [], [], []]);
    expect(merged.network.actors.map((a) => a.id)).toEqual(['policia', 'municipio', 'empresa', 'defensoria', 'rondas']);
    expect(mapping.sessions.map((s) => s.id)).toEqual(['espinar-a', 'espinar-b', 'espinar-c']);
    // 4 ties, 5 towers and 3 stances each but C's 2: 12 + 12 + 11 answers; B's now name the scenario's actors.
    expect(mapping.answers).toHaveLength(35);
    expect(mapping.answers.filter((a) => a.session === 'espinar-b').map((a) => (a.kind === 'tie' ? a.source : a.actor))).toEqual([
      'municipio',
      'empresa',
      'empresa',
      'defensoria',
      'policia',
      'municipio',
      'empresa',
      'defensoria',
      'rondas',
      'policia',
      'empresa',
      'rondas',
    ]);
  });

  it('give each tie the share of the three informants who reported it', () => {
    expect(combined.informants).toEqual([A, B, C]);
    // Every session asked about information and conflict: each tie was asked of all three. Undirected ties are one
    // whichever end was named first (B's municipality–police is A's police–municipality).
    expect(combined.ties.map((t) => [t.key, t.reporters, t.asked, Math.round(t.share * 1000) / 1000])).toEqual([
      ['information|municipio|policia', [A, B, C], 3, 1],
      ['information|empresa|municipio', [A, B], 3, 0.667],
      ['conflict|empresa|rondas', [A, B, C], 3, 1],
      ['information|defensoria|rondas', [A, C], 3, 0.667],
      ['information|defensoria|policia', [B], 3, 0.333],
      ['conflict|policia|rondas', [C], 3, 0.333],
    ]);
  });

  it('give each actor the mean and spread of the towers', () => {
    const towers = Object.fromEntries(combined.influence.map((i) => [i.actor, i]));
    // Police 7, 3, 5: mean 5; deviations 2, −2, 0 → variance 8/3, spread √(8/3) = 1.633; range 4.
    expect(towers.policia).toMatchObject({ mean: 5, range: 4 });
    expect(towers.policia!.spread).toBeCloseTo(1.633, 3);
    // Municipality 3, 4, 3: mean 10/3 = 3.333; deviations −1/3, 2/3, −1/3 → variance 6/27 = 2/9, spread 0.471; range 1.
    expect(towers.municipio!.mean).toBeCloseTo(3.333, 3);
    expect(towers.municipio!.spread).toBeCloseTo(0.471, 3);
    // Company 8, 7, 8: mean 23/3 = 7.667; the same deviations mirrored → spread 0.471; range 1.
    expect(towers.empresa!.mean).toBeCloseTo(7.667, 3);
    expect(towers.empresa!.spread).toBeCloseTo(0.471, 3);
    // Ombudsman 4, 4, 4: mean 4, spread 0.
    expect(towers.defensoria).toMatchObject({ mean: 4, spread: 0, range: 0 });
    // Rondas 5, 2, 4: mean 11/3 = 3.667; deviations 4/3, −5/3, 1/3 → variance (16 + 25 + 1)/27 = 14/9, spread 1.247; range 3.
    expect(towers.rondas!.mean).toBeCloseTo(3.667, 3);
    expect(towers.rondas!.spread).toBeCloseTo(1.247, 3);
    expect(towers.rondas!.range).toBe(3);
  });

  it('give the consensus network at 2 of 3: four of the six ties', () => {
    expect(consensusTies(combined, 2).map((t) => t.key)).toEqual([
      'information|municipio|policia',
      'information|empresa|municipio',
      'conflict|empresa|rondas',
      'information|defensoria|rondas',
    ]);
    // The merged scenario holds A's four ties; all answers (at 1 of 3) add B's Ombudsman–police and C's police–rondas.
    const all = answeredNetwork(merged.network, { atLeast: 1 });
    expect(all.ties.map((t) => [t.id, t.extra])).toEqual([
      ['info-policia-municipio', { reported: 3, asked: 3 }],
      ['info-empresa-municipio', { reported: 2, asked: 3 }],
      ['conf-rondas-empresa', { reported: 3, asked: 3 }],
      ['info-defensoria-rondas', { reported: 2, asked: 3 }],
      ['information--defensoria--policia', { reported: 1, asked: 3 }],
      ['conflict--policia--rondas', { reported: 1, asked: 3 }],
    ]);
    // At 2 of 3, from that union (as a session leaves it): the two ties one informant reported are left out.
    const consensus = answeredNetwork({ ...all, ties: all.ties.map(({ extra: _, ...tie }) => tie) }, { atLeast: 2 });
    expect(consensus.ties.map((t) => t.id)).toEqual([
      'info-policia-municipio',
      'info-empresa-municipio',
      'conf-rondas-empresa',
      'info-defensoria-rondas',
    ]);
    // Influence from the mean tower, two steps to one of the 1–5 scale: 5 → 3, 3.33 → 2, 7.67 → 4, 4 → 3, 3.67 → 2.
    expect(consensus.actors.map((a) => a.influence)).toEqual([3, 2, 4, 3, 2]);
  });

  it('give the disagreements table: who said what, per tie and per actor', () => {
    const rows = disagreements(mapping, combined);
    const said = (row: (typeof rows)[number]) =>
      row.kind === 'tie'
        ? [row.tie.key, row.said.map((s) => s.reported)]
        : row.kind === 'influence'
          ? [`tower ${row.influence.actor}`, row.influence.towers.map((t) => t.tower)]
          : [`stance ${row.stance.actor}`, row.stance.given.map((g) => g.stance)];
    expect(rows.map(said)).toEqual([
      // Four split ties, all 1 from half of three (1 of 3 or 2 of 3): by key.
      ['conflict|policia|rondas', [false, false, true]],
      ['information|defensoria|policia', [false, true, false]],
      ['information|defensoria|rondas', [true, false, true]],
      ['information|empresa|municipio', [true, true, false]],
      // Towers ranging 3 steps or more, widest first: police (7, 3, 5: 4), rondas (5, 2, 4: 3).
      ['tower policia', [7, 3, 5]],
      ['tower rondas', [5, 2, 4]],
      // The police's stance on the dialogue: +, +, 0. The company's (+, +, +) and the rondas' (−, −) agree.
      ['stance policia', [1, 1, 0]],
    ]);
    // Who: each row names the informants of all three sessions.
    const first = rows[0]!;
    expect(first.kind === 'tie' && first.said.map((s) => s.informant)).toEqual([A, B, C]);
  });
});
