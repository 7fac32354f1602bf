import { describe, expect, it } from 'vitest';
import type { Actor, Tie } from '../../src/model/types';
import { colourKey, pillarsOf, tieTypesOf, trustOf } from '../../src/views/network/legend-key';

// Four actors: a community, a company, a ministry and a university (three pillars, no external one).
const actor = (id: string, sector: string, name = id) => ({ id, name, sector, basis: 'inferred' }) as unknown as Actor;
const actors = [actor('c', 'community', 'Comunidad X'), actor('m', 'company'), actor('s', 'state'), actor('u', 'academia', 'PUCP')];
const tie = (type: string, trust: number | null) =>
  ({ id: `${type}${trust}`, source: 'c', target: 'm', type, trust, basis: 'inferred' }) as unknown as Tie;

describe('colourKey(actors, colorBy, communities, locale)', () => {
  it('by sector: the sectors present, in the vocabulary’s order (state, company, community, academia), each in its pillar’s shape', () => {
    expect(colourKey(actors, 'sector', [], 'es').map((e) => [e.key, e.label, e.shape])).toEqual([
      ['state', 'Institución del Estado', 'round-rectangle'],
      ['company', 'Empresa', 'diamond'],
      ['community', 'Comunidad', 'ellipse'],
      ['academia', 'Academia', 'ellipse'],
    ]);
  });

  it('by community: only the members given, the first three named; a community with none of them is left out', () => {
    const key = colourKey(actors.slice(0, 2), 'community', [['c', 'm', 's', 'u'], ['s']], 'en');
    // Community 1 keeps c and m (2 members); community 2's only member, s, is not among the actors.
    expect(key.map((e) => e.label)).toEqual(['Community 1 (2): Comunidad X, m']);
  });
});

describe('pillarsOf, tieTypesOf, trustOf', () => {
  it('list what is present, in the vocabularies’ order', () => {
    // community and academia are civil society; company is business; state is state.
    expect(pillarsOf(actors)).toEqual(['state', 'business', 'civil_society']);
    const ties = [tie('information', null), tie('conflict', -2), tie('collaboration', 1), tie('information', 1)];
    // TIE_TYPES lists collaboration … information, conflict.
    expect(tieTypesOf(ties)).toEqual(['collaboration', 'information', 'conflict']);
    expect(trustOf(ties)).toEqual({ steps: [-2, 1], notAssessed: true });
    expect(trustOf(ties.slice(1))).toEqual({ steps: [-2, 1], notAssessed: false });
  });
});
