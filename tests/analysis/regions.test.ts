// The network by place, worked by hand on a small network.
import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, placeNetwork } from '../../src/analysis/regions';
import { parseNetwork } from '../../src/model/validate';

/*
 * Cusco: a company (mina), the regional government (gore), a federation (fed).
 * Apurímac: a company (bambas), no State, no civil society.
 * Lima Metropolitana: a ministry (minem).
 * Abroad: an embassy in GB. No region: a Peruvian NGO (ong) with no region.
 * Ties: mina–gore (Cusco inner), mina–fed (inner), gore–minem trust 1,
 * fed–minem trust -1, bambas–minem not assessed, bambas–mina trust 2, minem–embajada (abroad: not an arc).
 */
const network = parseNetwork({
  schemaVersion: 3,
  id: 'x',
  title: 'x',
  actors: [
    { id: 'mina', name: 'Mina', sector: 'company', country: 'PE', region: 'PE-CUS', basis: 'assumed' },
    { id: 'gore', name: 'GORE', sector: 'state', country: 'PE', region: 'PE-CUS', basis: 'assumed' },
    { id: 'fed', name: 'Federación', sector: 'community', country: 'PE', region: 'PE-CUS', basis: 'assumed' },
    { id: 'bambas', name: 'Las Bambas', sector: 'company', country: 'PE', region: 'PE-APU', basis: 'assumed' },
    { id: 'minem', name: 'MINEM', sector: 'state', country: 'PE', region: 'PE-LMA', basis: 'assumed' },
    { id: 'embajada', name: 'Embajada', sector: 'foreign_government', country: 'GB', basis: 'assumed' },
    { id: 'ong', name: 'ONG', sector: 'civil_society', country: 'PE', basis: 'assumed' },
  ],
  ties: [
    { id: 't1', source: 'mina', target: 'gore', type: 'dialogue', basis: 'assumed' },
    { id: 't2', source: 'mina', target: 'fed', type: 'conflict', trust: -2, basis: 'assumed' },
    { id: 't3', source: 'gore', target: 'minem', type: 'coordination', trust: 1, basis: 'assumed' },
    { id: 't4', source: 'fed', target: 'minem', type: 'dialogue', trust: -1, basis: 'assumed' },
    { id: 't5', source: 'bambas', target: 'minem', type: 'dialogue', basis: 'assumed' },
    { id: 't6', source: 'bambas', target: 'mina', type: 'collaboration', trust: 2, basis: 'assumed' },
    { id: 't7', source: 'minem', target: 'embajada', type: 'dialogue', basis: 'assumed' },
  ],
}).network!;

describe('placeNetwork', () => {
  it('counts each region’s actors, sector and pillar mix, and the counterparts missing beside companies', () => {
    const { regions, abroad, noRegion } = placeNetwork(network);
    const cusco = regions.get('PE-CUS')!;
    expect(cusco.actors).toEqual(['mina', 'gore', 'fed']);
    expect(cusco.bySector).toEqual({ company: 1, state: 1, community: 1 });
    // A community is civil society's pillar: Cusco has both counterparts.
    expect(cusco.byPillar).toEqual({ business: 1, state: 1, civil_society: 1 });
    expect(cusco.missing).toEqual([]);
    expect(cusco.innerTies).toBe(2);
    // Apurímac: a company alone, no State and no civil society.
    expect(regions.get('PE-APU')).toMatchObject({ companies: 1, missing: ['state', 'civil_society'] });
    // Lima has no company: nothing is missing there.
    expect(regions.get('PE-LMA')!.missing).toEqual([]);
    expect([...abroad]).toEqual([['GB', ['embajada']]]);
    expect(noRegion).toEqual(['ong']);
  });

  it('aggregates ties per region pair with mean trust over the assessed ones only', () => {
    const arcs = placeNetwork(network).arcs.map(({ ties: _t, ...arc }) => arc);
    // Cusco–Lima: t3 (trust 1) and t4 (trust -1) → 2 ties, mean 0 over 2 assessed.
    // Apurímac–Lima: t5, not assessed → mean null. Apurímac–Cusco: t6, trust 2.
    expect(arcs.sort((x, y) => `${x.a}${x.b}`.localeCompare(`${y.a}${y.b}`))).toEqual([
      { a: 'PE-APU', b: 'PE-CUS', count: 1, byType: { collaboration: 1 }, meanTrust: 2, assessed: 1 },
      { a: 'PE-APU', b: 'PE-LMA', count: 1, byType: { dialogue: 1 }, meanTrust: null, assessed: 0 },
      { a: 'PE-CUS', b: 'PE-LMA', count: 2, byType: { coordination: 1, dialogue: 1 }, meanTrust: 0, assessed: 2 },
    ]);
  });

  it('follows the filters: hidden actors and ties are not counted', () => {
    const visible = { actors: new Set(['mina', 'gore', 'minem']), ties: new Set(['t1', 't3']) };
    const placed = placeNetwork(network, visible);
    expect(placed.regions.get('PE-CUS')).toMatchObject({ actors: ['mina', 'gore'], innerTies: 1, missing: ['civil_society'] });
    expect(placed.arcs.map((a) => [a.a, a.b, a.count])).toEqual([['PE-CUS', 'PE-LMA', 1]]);
    expect(placed.regions.has('PE-APU')).toBe(false);
  });
});

describe('choropleth classes', () => {
  it('cuts whole counts 0–12 in five equal steps, rounded up: 3, 5, 8, 10, 12', () => {
    // 12 / 5 = 2.4 → bounds 2.4, 4.8, 7.2, 9.6, 12 → rounded up 3, 5, 8, 10, 12.
    expect(classBreaks([0, 1, 4, 12, 7])).toEqual([3, 5, 8, 10, 12]);
    expect([0, 3, 4, 8, 9, 12].map((v) => classOf(v, [3, 5, 8, 10, 12]))).toEqual([0, 0, 1, 2, 3, 4]);
  });

  it('cuts percentages 63.4–85.7 from 0 in five steps of 17.14', () => {
    expect(classBreaks([85.7, 69.5, 63.4])).toEqual([17.14, 34.28, 51.42, 68.56, 85.7]);
  });

  it('cuts an indicator from its smallest value: 63.4–85.7 in five steps of 4.46', () => {
    // (85.7 − 63.4) / 5 = 4.46 → 67.86, 72.32, 76.78, 81.24, 85.7.
    expect(classBreaks([85.7, 69.5, 63.4, 67.2], 5, false)).toEqual([67.86, 72.32, 76.78, 81.24, 85.7]);
    expect([63.4, 67.2, 69.5, 85.7].map((v) => classOf(v, [67.86, 72.32, 76.78, 81.24, 85.7]))).toEqual([0, 0, 1, 4]);
  });

  it('has one class when every value is the same, none when there is no value', () => {
    expect(classBreaks([1, 1, 1])).toEqual([1]);
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([0, 0])).toEqual([0]);
  });
});
