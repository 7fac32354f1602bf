// The network the informants' answers give: the consensus at 2 of 3, and one informant's own (the three
// informants of informants-fixture.ts, worked by hand there and in agreement.test.ts).
import { describe, expect, it } from 'vitest';
import { answeredNetwork, informantsOf } from '../../src/analysis/answered-network';
import { small } from './fixtures';
import { mapping } from './informants-fixture';

// a, b, c and d (whom nobody mentioned); t0: information a–b, already in the map from the study; t1: a dialogue c–d.
const base = small(['a', 'b', 'c', 'd'], ['a-b', 'c-d'], { t0: { type: 'information' } });
const network = { ...base, mapping };

describe('the network the answers give', () => {
  it('at 2 of 3: the ties two informants reported, documented by their sessions; towers as influence', () => {
    const answered = answeredNetwork(network, { atLeast: 2 });
    // Information a–b (3 of 3) is t0, kept, with the three sessions added as sources; funding b→c (2 of 2) is new.
    // Funding c→b (1 of 2), conflict a–c (1 of 1) and information a–c (1 of 3) are under the threshold.
    expect(answered.ties.map((t) => [t.id, t.type, t.source, t.target, t.extra])).toEqual([
      ['t0', 'information', 'a', 'b', { reported: 3, asked: 3 }],
      ['t1', 'dialogue', 'c', 'd', undefined],
      ['funding--b--c', 'funding', 'b', 'c', { reported: 2, asked: 2 }],
    ]);
    expect(answered.ties[0]!.sources.map((s) => s.doc)).toEqual(['session:s1', 'session:s2', 'session:s3']);
    expect(answered.ties[2]).toMatchObject({ directed: true, basis: 'documented', trust: null });
    expect(answered.ties[2]!.sources.map((s) => s.doc)).toEqual(['session:s1', 'session:s2']);
    // a: towers 8, 6, 4 → mean 6 → influence 4; b: 3, 3, 2 → mean 8/3 → 2. c and d were given no tower.
    const [a, b, c, d] = answered.actors;
    expect([a!.influence, b!.influence, c!.influence, d!.influence]).toEqual([4, 2, null, null]);
    expect(a!.fieldBasis.influence).toBe('documented');
    expect(a!.extra).toEqual({ towerMean: 6, towerSpread: 1.63 });
    expect(d).toBe(network.actors[3]);
    expect(answered.ties[1]).toBe(network.ties[1]);
  });

  it('of informant 3 alone: the ties they reported and their towers', () => {
    const answered = answeredNetwork(network, { informant: 's3/i' });
    // Information a–b (t0) and conflict a–c; towers a 4 → 3, b 2 → 2.
    expect(answered.ties.map((t) => t.id)).toEqual(['t0', 't1', 'conflict--a--c']);
    expect(answered.actors.map((x) => x.influence)).toEqual([3, 2, null, null]);
    expect(answered.ties[2]!.sources[0]).toMatchObject({ doc: 'session:s3', locator: { es: 'Sesión de mapeo', en: 'Mapping session' } });
  });

  it('leaves out the ties too few reported, unless a document stands for them too', () => {
    // The scenario a session builds: every tie answered is in it, documented by the sessions only; but information
    // a–c was also found in a study (a source of its own), and the dialogue c–d nobody was asked about.
    const source = (doc: string) => ({ doc, locator: 'p. 1' });
    const fromSession = (doc: string) => ({ sources: [source(doc)] });
    const union = {
      ...small(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-b', 'a-c', 'a-c', 'c-d'], {
        t0: { type: 'information', ...fromSession('session:s1') },
        t1: { type: 'funding', directed: true, ...fromSession('session:s1') },
        t2: { type: 'funding', directed: true, ...fromSession('session:s2') },
        t3: { type: 'conflict', ...fromSession('session:s3') },
        t4: { type: 'information', sources: [source('session:s1'), source('estudio-2010')] },
      }),
      mapping,
    };
    // At 2 of 3: information a–b (3) and funding b→c (2) kept; funding c→b (1) and conflict a–c (1) left out;
    // information a–c (1) kept for its study; c–d, which no answer speaks of, as it was.
    expect(answeredNetwork(union, { atLeast: 2 }).ties.map((t) => t.id)).toEqual(['t0', 't1', 't4', 't5']);
    // At 3 of 3 only information a–b of the answered ties is left (and the two that stand on their own).
    expect(answeredNetwork(union, { atLeast: 3 }).ties.map((t) => t.id)).toEqual(['t0', 't4', 't5']);
    // Informant 3 alone reported information a–b and conflict a–c: the funding ties others reported go.
    expect(answeredNetwork(union, { informant: 's3/i' }).ties.map((t) => t.id)).toEqual(['t0', 't3', 't4', 't5']);
  });

  it('lists the informants who answered; a network without sessions is returned as it is', () => {
    expect(informantsOf(network)).toEqual([
      { key: 's1/i', label: 'Informante s1' },
      { key: 's2/i', label: 'Informante s2' },
      { key: 's3/i', label: 'Informante s3' },
    ]);
    expect(answeredNetwork(base, { atLeast: 2 })).toBe(base);
  });
});
