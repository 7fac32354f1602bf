import { describe, expect, it } from 'vitest';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { detectCommunities } from '../../src/analysis/communities';
import { GAP_RULES, findGaps, type GapRuleId } from '../../src/analysis/gaps';
import { regionLabel } from '../../src/model/regions';
import type { Network } from '../../src/model/types';
import { label, say } from '../../src/text/translate';
import { small } from './fixtures';

function gaps(network: Network, rule: GapRuleId) {
  const graph = toAnalysisGraph(network);
  const context = { network, graph, communities: detectCommunities(graph, 1), regionName: regionLabel };
  return GAP_RULES.find((r) => r.id === rule)!.find(context);
}

// s (State), b (company), c (NGO), all tied to each other: a closed triangle, every pair linked.
const triangle = small(['s:state', 'b:company', 'c:civil_society'], ['s-b', 'b-c', 's-c']);

describe('gap rules', () => {
  it('every rule explains itself in both languages', () => {
    for (const rule of GAP_RULES) {
      expect(label('en', rule.explanation).length, rule.id).toBeGreaterThan(40);
      expect(label('es', rule.explanation).length, rule.id).toBeGreaterThan(40);
    }
  });

  it('pillar pairs with no tie: State and business apart', () => {
    const apart = small(['s:state', 'b:company', 'c:civil_society'], ['s-c', 'b-c']);
    const found = gaps(apart, 'pillar-pair-no-tie');
    expect(found.map((g) => g.pillars)).toEqual([['state', 'business']]);
    expect(found[0]?.severity).toBe('high');
    expect(gaps(triangle, 'pillar-pair-no-tie')).toEqual([]);
  });

  it('says when two parties meet only in a shared platform, and rates it less severe', () => {
    // s and c have no tie, but both take part in the round table r.
    const meeting = small(['s:state', 'b:company', 'c:civil_society', 'r:platform'], ['s-b', 'b-c', 's-r', 'c-r'], {
      t2: { type: 'membership' },
      t3: { type: 'membership' },
    });
    const found = gaps(meeting, 'pillar-pair-no-tie');
    expect(found.map((g) => [g.pillars, g.severity])).toEqual([[['state', 'civil_society'], 'medium']]);
    expect(say('en', found[0]!.detail)).toBe('No direct tie between State and Civil society; they meet only in R.');
    expect(say('es', found[0]!.detail)).toBe('Ningún vínculo directo entre Estado y Sociedad civil; solo coinciden en R.');
  });

  it('pillar pairs with negative mean trust, counting assessed ties only', () => {
    // s–b trust −2 and −1 → mean −1.5; the unassessed s–c does not count.
    const tense = small(['s:state', 'b:company', 'b2:company', 'c:civil_society'], ['s-b', 's-b2', 's-c'], {
      t0: { trust: -2 },
      t1: { trust: -1 },
    });
    const found = gaps(tense, 'pillar-pair-distrust');
    expect(found).toHaveLength(1);
    expect(found[0]?.pillars).toEqual(['state', 'business']);
    expect(say('en', found[0]!.detail)).toBe('Mean trust between State and Business is -1.5 over 2 assessed ties.');
    expect(say('es', found[0]!.detail)).toBe('La confianza media entre Estado y Empresas es -1.5 en 2 vínculos evaluados.');
    expect(gaps(small(['s:state', 'b:company'], ['s-b'], { t0: { trust: 1 } }), 'pillar-pair-distrust')).toEqual([]);
  });

  it('influential actors with at most one tie', () => {
    const net = small(['big:state', 'hub', 'x', 'y', 'lonely:company'], ['big-hub', 'hub-x', 'hub-y'], {
      big: { influence: 5 },
      hub: { influence: 4 },
      lonely: { influence: 4, fieldBasis: { influence: 'assumed' } },
    });
    const found = gaps(net, 'unengaged-power');
    // big has 1 tie (medium), lonely none (high); hub has 3 ties and is engaged.
    expect(found.map((g) => [g.actors[0], g.severity])).toEqual([
      ['big', 'medium'],
      ['lonely', 'high'],
    ]);
    // One tie and none: the count agrees with its noun in each language; an assumed influence says so.
    expect(say('en', found[0]!.detail)).toBe('BIG: influence 5, 1 tie.');
    expect(say('es', found[0]!.detail)).toBe('BIG: influencia 5, 1 vínculo.');
    expect(say('en', found[1]!.detail)).toBe('LONELY: influence 4 (assumed), 0 ties.');
    expect(say('es', found[1]!.detail)).toBe('LONELY: influencia 4 (supuesta), 0 vínculos.');
  });

  it('interested but uninformed actors are one training group', () => {
    const net = small(['a', 'b', 'c', 'd'], [], {
      a: { vpInterest: 3, vpKnowledge: 1 },
      b: { vpInterest: 2, vpKnowledge: 0 },
      c: { vpInterest: 3, vpKnowledge: 3 },
      d: { vpInterest: 3 },
    });
    const found = gaps(net, 'training-targets');
    expect(found).toHaveLength(1);
    // d's knowledge was not assessed, so it is not counted as uninformed.
    expect(found[0]?.actors).toEqual(['a', 'b']);
    expect(say('en', found[0]!.detail)).toBe('2 actors: A, B.');
    expect(say('es', found[0]!.detail)).toBe('2 actores: A, B.');
  });

  it('regions with companies but no State or civil-society actor', () => {
    const net = small(['m:company', 'g:state', 'n:civil_society', 'q:company'], [], {
      m: { region: 'PE-CUS' },
      g: { region: 'PE-CUS' },
      n: { region: 'PE-PUN' },
      q: { region: 'PE-APU' },
    });
    const found = gaps(net, 'region-without-counterparts');
    // Cusco has a company and the State but no civil society; Apurímac has a company only.
    expect(found.map((g) => [g.regions[0], g.pillars, g.severity])).toEqual([
      ['PE-CUS', ['civil_society'], 'medium'],
      ['PE-APU', ['state', 'civil_society'], 'high'],
    ]);
    // Cusco misses one side, Apurímac both: named one after the other ("and no", "ni de").
    expect(say('es', found[0]!.detail)).toBe('Cusco: M; ningún actor de Sociedad civil.');
    expect(say('en', found[1]!.detail)).toBe('Apurímac: Q; no State and no Civil society actor.');
    expect(say('es', found[1]!.detail)).toBe('Apurímac: Q; ningún actor de Estado ni de Sociedad civil.');
  });

  it('no State–business–civil society triangle', () => {
    expect(gaps(triangle, 'no-triangle')).toEqual([]);
    const open = small(['s:state', 'b:company', 'c:civil_society'], ['s-b', 'b-c']);
    expect(gaps(open, 'no-triangle')).toHaveLength(1);
  });

  it('single-party communities of three or more', () => {
    // Two cliques joined by one tie: the NGO clique is a silo, the mixed one is not.
    const net = small(['n1', 'n2', 'n3', 's:state', 'b:company', 'c2'], ['n1-n2', 'n2-n3', 'n1-n3', 's-b', 'b-c2', 's-c2', 'n3-s']);
    const found = gaps(net, 'silo-community');
    expect(found).toHaveLength(1);
    expect([...found[0]!.actors].sort()).toEqual(['n1', 'n2', 'n3']);
    expect(say('en', found[0]!.detail)).toMatch(/^Community \d+: 3 actors, all Civil society — N\d, N\d, N\d\.$/);
    expect(say('es', found[0]!.detail)).toMatch(/^Comunidad \d+: 3 actores, todos de Sociedad civil: N\d, N\d, N\d\.$/);
  });

  it('sorts all gaps most severe first', () => {
    const net = small(['s:state', 'b:company', 'c:civil_society'], ['s-c', 'b-c']);
    const graph = toAnalysisGraph(net);
    const all = findGaps({ network: net, graph, communities: detectCommunities(graph, 1), regionName: regionLabel });
    const order = { high: 0, medium: 1, low: 2 };
    expect(all.map((g) => order[g.severity])).toEqual([...all.map((g) => order[g.severity])].sort());
  });
});
