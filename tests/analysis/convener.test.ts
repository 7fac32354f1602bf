import { describe, expect, it } from 'vitest';
import {
  CRITERION_DEFINITIONS,
  DEFAULT_WEIGHTS,
  convenerAt,
  explainConvener,
  packRanking,
  rankConveners,
  unpackRanking,
} from '../../src/analysis/convener';
import { parseNetwork } from '../../src/model/validate';
import { translate } from '../../src/text/translate';
import limaFile from '../../data/lima-2010.json';
import { small } from './fixtures';

// A neutral NGO "n" trusted by State, business and civil society, national, with all capacities at 3;
// a company "co" with the same ties and capacities; a partial NGO "p" tied only to civil society.
const net = small(
  ['n', 'co:company', 'p', 's:state', 'b:business_association', 'c:civil_society'],
  ['n-s', 'n-b', 'n-c', 'co-s', 'co-b', 'co-c', 'p-c'],
  {
    n: { level: 'national', country: 'PE', capacities: { technical: 3, humanRights: 3, conflictPrevention: 3 } },
    co: { level: 'national', country: 'PE', capacities: { technical: 3, humanRights: 3, conflictPrevention: 3 } },
    p: { level: 'local', country: 'PE', capacities: { technical: 1, humanRights: 1, conflictPrevention: 1 } },
    t0: { trust: 2 },
    t1: { trust: 1 },
    t2: { trust: 2 },
    t3: { trust: 2 },
    t4: { trust: 1 },
    t5: { trust: 2 },
    t6: { trust: 2 },
  },
);

describe('rankConveners', () => {
  const ranking = rankConveners(net);
  const of = (id: string) => ranking.find((r) => r.actor === id)!;

  it('puts the trusted, impartial, capable national NGO first', () => {
    expect(ranking[0]?.actor).toBe('n');
    // Legitimacy (1 + 0.75 + 1)/3 = 11/12; impartiality 1 (one tie to each party); capacities 1; presence 1.
    expect(of('n').criteria.legitimacy).toBeCloseTo(11 / 12, 10);
    expect(of('n').criteria.impartiality).toBe(1);
    expect(of('n').score).toBeCloseTo((11 / 12 + 1 + 1 + 1 + 1 + 1) / 6, 10);
  });

  it('scores a company 0 on impartiality whatever its ties', () => {
    expect(of('co').criteria.impartiality).toBe(0);
    expect(of('co').rank).toBeGreaterThan(of('n').rank);
  });

  it('scores a one-sided actor low on legitimacy, and does not judge balance from one tie', () => {
    // p: best trust into civil society 1, nothing into State or business → 1/3.
    expect(of('p').criteria.legitimacy).toBeCloseTo(1 / 3, 10);
    // One tie to the parties is too few to judge impartiality: 0.5, and said to be not assessed.
    expect(of('p').criteria.impartiality).toBe(0.5);
    expect(of('p').notAssessed).toContain('impartiality');
    expect(of('p').criteria.nationalPresence).toBe(0.25);
  });

  it('scores an unbalanced non-partisan actor low on impartiality', () => {
    // u has 3 ties to the State, none to business or civil society: 1 − (3 − 0)/3 = 0.
    const lopsided = small(['u', 's1:state', 's2:state', 's3:state'], ['u-s1', 'u-s2', 'u-s3']);
    expect(rankConveners(lopsided).find((r) => r.actor === 'u')!.criteria.impartiality).toBe(0);
  });

  it('follows the weights: with only impartiality weighted, the company drops to the bottom group', () => {
    const weights = { ...DEFAULT_WEIGHTS, legitimacy: 0, technical: 0, humanRights: 0, conflictPrevention: 0, nationalPresence: 0 };
    const byImpartiality = rankConveners(net, { weights });
    expect(byImpartiality.find((r) => r.actor === 'co')!.score).toBe(0);
    expect(byImpartiality[0]?.actor).toBe('n');
  });

  it('explains each rank in a sentence in both languages, naming what was not assessed', () => {
    const explain = (id: string) => explainConvener(of(id), net.actors.find((a) => a.id === id)!.name, DEFAULT_WEIGHTS);
    expect(explain('n').en).toMatch(/^N ranks #1 \(\d+\/100\)\. Strong on legitimacy/);
    expect(explain('s').en).toContain('Not assessed');
    expect(explain('s').es).toContain('Sin evaluar');
  });

  it('leaves platforms out of the candidates', () => {
    const withPlatform = small(['g:platform', 'a'], ['g-a']);
    expect(rankConveners(withPlatform).map((r) => r.actor)).toEqual(['a']);
  });
});

describe('rankConveners with documented values only', () => {
  // x has technical capacity 3 (inferred) and human-rights knowledge 3 (documented, with a source),
  // and one documented tie to each party, trust not assessed.
  const source = [{ doc: 'seed.txt', locator: 'IV.c' }];
  const { network } = parseNetwork({
    schemaVersion: 3,
    id: 'd',
    title: 'D',
    actors: [
      {
        id: 'x',
        name: { es: 'Equis', en: 'Ex' },
        sector: 'civil_society',
        level: 'national',
        country: 'PE',
        basis: 'documented',
        sources: source,
        capacities: { technical: 3, humanRights: 3 },
        fieldBasis: { technical: 'inferred' },
      },
      { id: 's', name: 'S', sector: 'state', basis: 'documented', sources: source },
      { id: 'b', name: 'B', sector: 'company', basis: 'documented', sources: source },
      { id: 'c', name: 'C', sector: 'community', basis: 'documented', sources: source },
    ],
    ties: ['s', 'b', 'c'].map((id) => ({ id: `x-${id}`, source: 'x', target: id, type: 'dialogue', basis: 'documented', sources: source })),
  });
  const of = (documentedOnly: boolean) => rankConveners(network!, { documentedOnly }).find((r) => r.actor === 'x')!;

  it('uses an inferred capacity by default and drops it when only documented values count', () => {
    // technical: 3/3 = 1 (inferred) → 0, scored by rule; human rights: 3/3 = 1 (documented) either way.
    expect(of(false).criteria.technical).toBe(1);
    expect(of(false).evidence.technical).toBe('inferred');
    expect(of(true).criteria.technical).toBe(0);
    expect(of(true).evidence.technical).toBe('rule');
    expect(of(true).criteria.humanRights).toBe(1);
    expect(of(true).evidence.humanRights).toBe('documented');
  });

  it('says in each sentence what rests on findings, and never calls a criterion scored by rule weak', () => {
    const ranked = of(true);
    const explanation = explainConvener(ranked, { es: 'Equis', en: 'Ex' }, DEFAULT_WEIGHTS);
    expect(explanation.es).toContain('Se apoya en hallazgos: conocimiento de derechos humanos');
    expect(explanation.es).toMatch(/^Equis ocupa el puesto/);
    expect(explanation.en).toMatch(/^Ex ranks/);
    // Legitimacy rests on ties whose trust nobody assessed (0.5 by rule): not assessed, so not "weak".
    expect(ranked.notAssessed).toContain('legitimacy');
    const weak = /Débil en ([^.]*)\./.exec(explanation.es)?.[1] ?? '';
    for (const criterion of ranked.notAssessed)
      expect(weak).not.toContain(translate('es', CRITERION_DEFINITIONS.find((d) => d.id === criterion)!.label).toLowerCase());
  });

  it('ranks the Lima sample on documented values and finds IDEHPUCP impartial on the finding', () => {
    const lima = parseNetwork(limaFile).network!;
    const idehpucp = rankConveners(lima, { documentedOnly: true }).find((r) => r.actor === 'idehpucp')!;
    expect(idehpucp.criteria.impartiality).toBe(1);
    expect(idehpucp.evidence.impartiality).toBe('documented');
  });
});

describe('packed rankings (as the worker posts them)', () => {
  it('give back every candidate as ranked: rank, score, criteria, evidence and what was not assessed', () => {
    // Lima: 60 actors, both rankings, with documented, inferred, assumed and rule-scored criteria.
    const lima = parseNetwork(limaFile).network!;
    for (const documentedOnly of [false, true]) {
      const ranking = rankConveners(lima, { documentedOnly });
      const packed = packRanking(ranking);
      expect(unpackRanking(packed)).toEqual(ranking);
      expect(unpackRanking(packed, 8)).toEqual(ranking.slice(0, 8));
      expect(convenerAt(packed, 2).rank).toBe(3);
    }
    const evidence = new Set(rankConveners(lima).flatMap((s) => Object.values(s.evidence)));
    expect([...evidence].sort()).toEqual(['assumed', 'documented', 'inferred', 'rule']);
  });
});
