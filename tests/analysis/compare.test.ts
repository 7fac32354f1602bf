import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { compareGaps, compareNetworks, engagedInBoth, matchTies, standings } from '../../src/analysis/compare/compare';
import { diffNetworks, fieldChanges } from '../../src/analysis/compare/diff';
import { confirmMatch, matchActors, matchMaps, rejectMatch, NO_DECISIONS } from '../../src/analysis/compare/match';
import type { Gap } from '../../src/analysis/gaps';
import { addActor, addTie, applyEdit, removeActors, removeTies, updateActors, updateTies, type Edit } from '../../src/model/edits';
import { parseNetwork } from '../../src/model/validate';
import type { Actor, Network, Tie } from '../../src/model/types';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';
import { small } from './fixtures';

const limaNet = parseNetwork(lima).network!;
const macroSurNet = parseNetwork(macroSur).network!;

describe('matching actors', () => {
  it('matches the same id first, then names without case or accents, then aliases', () => {
    const a = small(['x:state', 'gp', 'sp'], [], {
      gp: { name: 'Centro Guamán Poma' },
      sp: { name: 'Asociación X', aliases: ['Socios Peru'] },
    });
    const b = small(['x:state', 'guaman', 'socios'], [], { guaman: { name: 'CENTRO GUAMAN POMA' }, socios: { name: 'Socios Perú' } });
    const matches = matchActors(a, b);
    expect(matches.map((m) => [m.a, m.b, m.by, m.score, m.status])).toEqual([
      ['x', 'x', 'id', 1, 'accepted'],
      ['gp', 'guaman', 'name', 0.95, 'accepted'],
      // "Socios Peru" is only an alias on one side: the weaker of the two namings.
      ['sp', 'socios', 'alias', 0.85, 'accepted'],
    ]);
  });

  it('suggests names that share most of their words, without counting them until confirmed', () => {
    // {centro, guaman, poma} against {centro, guaman, poma, ayala}: 3 shared of 4 words, 0.75 × 0.8 = 0.6.
    const a = small(['gp'], [], { gp: { name: 'Centro Guamán Poma' } });
    const b = small(['gpa'], [], { gpa: { name: 'Centro Guamán Poma de Ayala' } });
    const [match] = matchActors(a, b);
    expect(match).toMatchObject({ a: 'gp', b: 'gpa', by: 'similar', score: 0.6, status: 'suggested' });
    expect(matchMaps(matchActors(a, b)).aToB.size).toBe(0);
    const confirmed = matchActors(a, b, confirmMatch(NO_DECISIONS, 'gp', 'gpa'));
    expect(confirmed).toEqual([{ a: 'gp', b: 'gpa', by: 'manual', score: 1, status: 'accepted', confirmed: true }]);
  });

  it("applies the analyst's decisions: a rejected id match is dropped, a pair added by hand wins", () => {
    const a = small(['p', 'q'], []);
    const b = small(['p', 'r'], [], { r: { name: 'Unrelated' } });
    let decisions = rejectMatch(NO_DECISIONS, 'p', 'p');
    expect(matchActors(a, b, decisions)).toEqual([]);
    decisions = confirmMatch(decisions, 'q', 'r');
    expect(matchActors(a, b, decisions).map((m) => [m.a, m.b, m.by])).toEqual([['q', 'r', 'manual']]);
    // Confirming the id pair again replaces its rejection.
    decisions = confirmMatch(decisions, 'p', 'p');
    expect(
      matchActors(a, b, decisions)
        .map((m) => [m.a, m.b])
        .sort(),
    ).toEqual([
      ['p', 'p'],
      ['q', 'r'],
    ]);
  });

  it('matches each actor at most once', () => {
    const a = small(['one'], [], { one: { name: 'Mesa' } });
    const b = small(['m1', 'm2'], [], { m1: { name: 'Mesa' }, m2: { name: 'mesa' } });
    expect(matchActors(a, b).map((m) => m.b)).toEqual(['m1']);
  });

  it('finds the actors Lima 2010 and Macro Sur 2017 share', () => {
    const matches = matchActors(limaNet, macroSurNet).filter((m) => m.status === 'accepted');
    expect(matches.map((m) => m.a).sort()).toEqual(['pnp', 'socios-peru']);
  });
});

describe('comparing two small networks', () => {
  // A: s (state, documented) – b (company) – c (NGO) – d (NGO), a path of three ties.
  const a = small(['s:state', 'b:company', 'c:civil_society', 'd:civil_society'], ['s-b', 'b-c', 'c-d'], {
    s: { basis: 'documented', sources: [{ doc: 'acta.pdf', locator: 'p. 1' }] },
  });
  // B: beta (company, named "B" so it matches b by name) – s – e (academia).
  const b = small(['s:state', 'beta:company', 'e:academia'], ['s-beta', 's-e'], { beta: { name: 'B' } });
  const comparison = compareNetworks(a, b, analyze(a), analyze(b), matchActors(a, b));

  it('gives both summaries, worked by hand', () => {
    const { a: sa, b: sb } = comparison.summary;
    expect([sa.actors, sa.ties, sa.components, sa.largestComponent]).toEqual([4, 3, 1, 4]);
    // 3 linked pairs of 6 possible.
    expect(sa.density).toBeCloseTo(0.5, 10);
    // Distances s-b 1, s-c 2, s-d 3, b-c 1, b-d 2, c-d 1: 10 / 6.
    expect(sa.averagePathLength).toBeCloseTo(10 / 6, 10);
    // One documented record (s) of 4 actors + 3 ties.
    expect(sa.documentedShare).toBeCloseTo(1 / 7, 10);
    expect(sa.pillars).toMatchObject({ state: 1, business: 1, civil_society: 2, external: 0 });
    expect([sb.actors, sb.ties]).toEqual([3, 2]);
    // 2 of 3 pairs; s-beta 1, s-e 1, beta-e 2: 4 / 3.
    expect(sb.density).toBeCloseTo(2 / 3, 10);
    expect(sb.averagePathLength).toBeCloseTo(4 / 3, 10);
    expect(sb.pillars).toMatchObject({ state: 1, business: 1, civil_society: 1 });
    expect(sb.vpKnowledge.none).toBe(3);
  });

  it('lists shared and unshared actors and ties', () => {
    expect(comparison.shared.map((s) => [s.a, s.b])).toEqual([
      ['s', 's'],
      ['b', 'beta'],
    ]);
    expect(comparison.onlyA).toEqual(['c', 'd']);
    expect(comparison.onlyB).toEqual(['e']);
    // s-b in A is s-beta in B (both dialogue); A's b-c and c-d and B's s-e are each in one only.
    expect(comparison.ties).toEqual({ shared: [['t0', 't0']], onlyA: ['t1', 't2'], onlyB: ['t1'] });
  });

  it('gives shared actors their measures and standing in each', () => {
    const s = comparison.shared.find((x) => x.a === 's')!;
    const bb = comparison.shared.find((x) => x.a === 'b')!;
    expect(s.values.degree).toEqual([1, 2]);
    expect(bb.values.degree).toEqual([2, 1]);
    // In A, b lies on the paths s–c and s–d: 2 of the 3 pairs not involving it, normalised by (n−1)(n−2)/2 = 3.
    expect(bb.values.betweenness[0]).toBeCloseTo(2 / 3, 10);
    // s: one tie in A (peripheral), the most ties in B (central); b the other way round.
    expect(s.standing).toEqual(['peripheral', 'central']);
    expect(bb.standing).toEqual(['central', 'peripheral']);
  });

  it('does not pair a tie whose type differs', () => {
    const b2 = small(['s:state', 'beta:company'], ['s-beta'], { beta: { name: 'B' }, t0: { type: 'conflict' } });
    expect(matchTies(a, b2, matchMaps(matchActors(a, b2)).bToA).shared).toEqual([]);
  });

  it('standing: top quarter central, one tie or the lower half peripheral', () => {
    // Degrees 5,4,3,3,2,1,0,0: "above" counts 0,1,2,2,4,5,6,6 of 8.
    const degrees = new Map(Object.entries({ a: 5, b: 4, c: 3, d: 3, e: 2, f: 1, g: 0, h: 0 }));
    expect([...standings(degrees).values()]).toEqual([
      'central',
      'central',
      'middle',
      'middle',
      'peripheral',
      'peripheral',
      'peripheral',
      'peripheral',
    ]);
  });
});

describe('comparing the engagement records', () => {
  const meeting = (id: string, date: string, participants: [string, 'convened' | 'attended' | 'invited'][], until?: string) => ({
    id,
    kind: 'meeting' as const,
    date,
    ...(until ? { until } : {}),
    topic: id,
    region: null,
    place: '',
    participants: participants.map(([actor, role]) => ({ actor, role })),
    outcome: '',
    sources: [],
    basis: 'inferred' as const,
  });
  // A: s, p and q. Three meetings: m1 (Feb 2010, s convened, p attended), m2 (the 10th–12th of March 2010, s and q;
  // p invited and absent), m3 (2030, s: planned).
  const a: Network = {
    ...small(['s:state', 'p:company', 'q'], ['s-p']),
    engagements: [
      meeting('m1', '2010-02', [
        ['s', 'convened'],
        ['p', 'attended'],
      ]),
      meeting(
        'm2',
        '2010-03-10',
        [
          ['s', 'attended'],
          ['q', 'attended'],
          ['p', 'invited'],
        ],
        '2010-03-12',
      ),
      meeting('m3', '2030', [['s', 'convened']]),
    ],
    commitments: [
      { id: 'k1', what: 'informe', by: ['s'], to: [], status: 'pending', history: [], evidence: '', sources: [], basis: 'inferred' },
      { id: 'k2', what: 'carta', by: ['s'], to: ['p'], status: 'done', history: [], evidence: '', sources: [], basis: 'inferred' },
    ],
  };
  // B: the same s, and "pp" named P, so it matches p by name; one workshop in 2017 with both, and an incident for pp.
  const b: Network = {
    ...small(['s:state', 'pp:company'], ['s-pp'], { pp: { name: 'P' } }),
    engagements: [
      meeting('w1', '2017', [
        ['s', 'attended'],
        ['pp', 'convened'],
      ]),
    ],
    incidents: [
      {
        id: 'i1',
        kind: 'protest',
        date: '2017-05',
        region: null,
        place: '',
        involved: [{ actor: 'pp', role: 'security_provider' }],
        severity: null,
        description: '',
        sources: [],
        basis: 'inferred',
      },
    ],
  };
  const comparison = compareNetworks(a, b, analyze(a), analyze(b), matchActors(a, b), '2024-06-30');

  it('counts each network’s records in the summary, whatever their date', () => {
    const { a: sa, b: sb } = comparison.summary;
    // A: 3 meetings (the planned one too), 2 commitments, no incident; B: 1, 0, 1.
    expect([sa.engagements, sa.commitments, sa.incidents]).toEqual([3, 2, 0]);
    expect([sb.engagements, sb.commitments, sb.incidents]).toEqual([1, 0, 1]);
  });

  it('gives each shared actor its engagements in each network, found under its id there through the matching', () => {
    const byA = new Map(comparison.shared.map((x) => [x.a, x]));
    // s in A: m1 and m2 (m3 is dated 2030, after the day read as of); its last is m2, dated by its last day. Open
    // commitments: k1 (pending); k2 is done. In B: w1, dated "2017" as recorded.
    expect(byA.get('s')!.records).toEqual([
      { engagements: 2, last: { id: 'm2', date: '2010-03-12' }, openCommitments: 1, incidents: 0 },
      { engagements: 1, last: { id: 'w1', date: '2017' }, openCommitments: 0, incidents: 0 },
    ]);
    // p in A: m1 only (invited to m2 but absent); in B it is "pp", which convened w1 and was in the protest.
    expect(byA.get('p')!.b).toBe('pp');
    expect(byA.get('p')!.records).toEqual([
      { engagements: 1, last: { id: 'm1', date: '2010-02' }, openCommitments: 0, incidents: 0 },
      { engagements: 1, last: { id: 'w1', date: '2017' }, openCommitments: 0, incidents: 1 },
    ]);
    // Both were engaged in both networks; q is in A only.
    expect(comparison.shared.filter(engagedInBoth).map((x) => x.a)).toEqual(['s', 'p']);
    expect(comparison.onlyA).toEqual(['q']);
  });

  it('counts every record when no day is given, and none for networks without records', () => {
    const undated = compareNetworks(a, b, analyze(a), analyze(b), matchActors(a, b));
    // m3 (2030) now counts and is s's last, dated "2030".
    expect(undated.shared.find((x) => x.a === 's')!.records[0]).toMatchObject({ engagements: 3, last: { id: 'm3', date: '2030' } });
    const bare = small(['s:state'], []);
    const none = compareNetworks(bare, bare, analyze(bare), analyze(bare), matchActors(bare, bare), '2024-06-30');
    expect([none.summary.a.engagements, none.summary.a.commitments, none.summary.a.incidents]).toEqual([0, 0, 0]);
    expect(none.shared[0]!.records[0]).toEqual({ engagements: 0, last: null, openCommitments: 0, incidents: 0 });
    expect(none.shared.filter(engagedInBoth)).toEqual([]);
  });

  it('shows who of Lima 2010 and Macro Sur 2017 was engaged in both: Socios Perú, not the police', () => {
    const samples = compareNetworks(
      limaNet,
      macroSurNet,
      analyze(limaNet),
      analyze(macroSurNet),
      matchActors(limaNet, macroSurNet),
      '2024-06-30',
    );
    const socios = samples.shared.find((x) => x.a === 'socios-peru')!;
    const police = samples.shared.find((x) => x.a === 'pnp')!;
    // Lima: the two interview rounds (Jan–Mar 2010, convened) and the round table of 25 Feb 2010 → 3, last the rounds,
    // ending in March 2010. Macro Sur: the study, its four workshops and the August set-up → 6, last "2017-08".
    expect(socios.records.map((r) => [r.engagements, r.last?.date])).toEqual([
      [3, '2010-03'],
      [6, '2017-08'],
    ]);
    // The police took part in no recorded engagement in Lima; in Macro Sur, in the group's setting up.
    expect(police.records.map((r) => [r.engagements, r.last?.id ?? null])).toEqual([
      [0, null],
      [1, 'working-group-set-up-2017-08'],
    ]);
    expect(samples.shared.filter(engagedInBoth).map((x) => x.a)).toEqual(['socios-peru']);
  });
});

describe('comparing gaps', () => {
  const gap = (rule: Gap['rule'], pillars: Gap['pillars'], actors: string[] = []): Gap => ({
    rule,
    severity: 'high',
    detail: { key: 'gap.no-triangle.detail' },
    actors,
    pillars,
    regions: [],
  });
  it('says which gaps are in one network, the other or both, naming actors through their match', () => {
    const gapsA = [gap('pillar-pair-no-tie', ['state', 'business']), gap('training-targets', [], ['b'])];
    const gapsB = [
      gap('pillar-pair-no-tie', ['business', 'state']),
      gap('pillar-pair-no-tie', ['state', 'civil_society']),
      gap('training-targets', [], ['beta']),
    ];
    const result = compareGaps(gapsA, gapsB, new Map([['beta', 'b']]));
    expect(result.map((r) => [r.rule, r.a, r.b, r.instances.map((i) => i.in)])).toEqual([
      ['pillar-pair-no-tie', 1, 2, ['both', 'b']],
      ['training-targets', 1, 1, ['both']],
    ]);
  });

  it('counts a gap between the same two parties as in both, whatever platform each network names', () => {
    // Lima's State and civil society meet only at the 2010 round table; Macro Sur's only in the Cusco group: one gap, in both.
    const result = compareGaps(
      [gap('pillar-pair-no-tie', ['state', 'civil_society'], ['round-table-2010'])],
      [gap('pillar-pair-no-tie', ['civil_society', 'state'], ['cusco-working-group'])],
      new Map(),
    );
    expect(result[0]!.instances.map((i) => i.in)).toEqual(['both']);
  });
});

describe('the diff of two versions', () => {
  it('lists a changed field old → new, with provenance flagged', () => {
    const before = small(['p', 'q'], ['p-q']);
    const after = structuredClone(before);
    after.actors[0]!.influence = 4;
    after.actors[1]!.sources = [{ doc: 'acta.pdf', locator: 'p. 2' }];
    after.ties[0]!.trust = -1;
    const diff = diffNetworks(before, after);
    expect(diff.actors.changed).toEqual([
      { id: 'p', otherId: 'p', changes: [{ field: 'influence', before: null, after: 4, provenance: false }] },
      {
        id: 'q',
        otherId: 'q',
        changes: [{ field: 'sources', before: [], after: [{ doc: 'acta.pdf', locator: 'p. 2' }], provenance: true }],
      },
    ]);
    expect(diff.ties.changed).toEqual([
      { id: 't0', otherId: 't0', changes: [{ field: 'trust', before: null, after: -1, provenance: false }] },
    ]);
    expect(diff.actors.added).toEqual([]);
  });

  it('fieldChanges(before, after) gives one change per key of the basis of single fields, capacities and imported attributes', () => {
    // Socios Perú's basis of single fields in Lima 2010 and Macro Sur 2017 (cut down): stance leaves (back to the
    // record's basis), engagement goes inferred → documented, vpStatus arrives; vpKnowledge stays inferred.
    const before = {
      fieldBasis: { vpKnowledge: 'inferred', stance: 'inferred', engagement: 'inferred' },
      capacities: { technical: 1, humanRights: null },
      extra: { ruc: '2050' },
    };
    const after = {
      fieldBasis: { vpStatus: 'documented', vpKnowledge: 'inferred', engagement: 'documented' },
      capacities: { technical: 2, humanRights: null },
      extra: { ruc: '2050', web: 'x.pe' },
    };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'fieldBasis', key: 'stance', before: 'inferred', after: undefined, provenance: true },
      { field: 'fieldBasis', key: 'engagement', before: 'inferred', after: 'documented', provenance: true },
      { field: 'fieldBasis', key: 'vpStatus', before: undefined, after: 'documented', provenance: true },
      { field: 'capacities', key: 'technical', before: 1, after: 2, provenance: false },
      { field: 'extra', key: 'web', before: undefined, after: 'x.pe', provenance: false },
    ]);
    // A field's basis given where the record has the same basis is no change; given against another record basis, it is.
    const record = (basis: string, fieldBasis: Record<string, string>) => ({ basis, fieldBasis });
    expect(fieldChanges(record('documented', {}), record('documented', { vpStatus: 'documented' }))).toEqual([]);
    expect(fieldChanges(record('inferred', {}), record('documented', { vpStatus: 'inferred' }))).toEqual([
      { field: 'basis', before: 'inferred', after: 'documented', provenance: true },
    ]);
    expect(fieldChanges(record('documented', {}), record('documented', { vpStatus: 'inferred' }))).toEqual([
      { field: 'fieldBasis', key: 'vpStatus', before: undefined, after: 'inferred', provenance: true },
    ]);
    // Imported attributes that appear where there were none compare against an empty set.
    expect(fieldChanges({ extra: undefined }, { extra: { web: 'x.pe' } })).toEqual([
      { field: 'extra', key: 'web', before: undefined, after: 'x.pe', provenance: false },
    ]);
  });

  it('treats keys in another order as the same value', () => {
    expect(fieldChanges({ id: 'x', name: { es: 'a', en: 'b' } }, { id: 'x', name: { en: 'b', es: 'a' } })).toEqual([]);
  });

  // Random edit sequences on Lima; what each did is tracked in a model of its own (ids and touched fields), not by the diff.
  type Op =
    | { op: 'addActor' }
    | { op: 'deleteActor'; pick: number }
    | { op: 'addTie'; a: number; b: number }
    | { op: 'deleteTie'; pick: number }
    | { op: 'influence'; pick: number; value: number | null }
    | { op: 'trust'; pick: number; value: number | null };
  const ops: fc.Arbitrary<Op> = fc.oneof(
    fc.constant({ op: 'addActor' as const }),
    fc.record({ op: fc.constant('deleteActor' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('addTie' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ op: fc.constant('deleteTie' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('influence' as const), pick: fc.nat(), value: fc.option(fc.integer({ min: 1, max: 5 })) }),
    fc.record({ op: fc.constant('trust' as const), pick: fc.nat(), value: fc.option(fc.integer({ min: -2, max: 2 })) }),
  );

  it('reports exactly the edits made (property)', () => {
    fc.assert(
      fc.property(fc.array(ops, { maxLength: 20 }), (sequence) => {
        let net: Network = limaNet;
        let counter = 0;
        const actors = new Set(limaNet.actors.map((x) => x.id));
        const ties = new Map(limaNet.ties.map((t) => [t.id, [t.source, t.target]]));
        const influence = new Map<string, number | null>();
        const trust = new Map<string, number | null>();
        const alive = () => [...actors];
        for (const op of sequence) {
          let edit: Edit | null = null;
          const ids = alive();
          if (op.op === 'addActor') {
            const actor: Actor = { ...limaNet.actors[0]!, id: `new-${counter++}`, name: 'Nuevo' };
            edit = addActor(net, actor);
            actors.add(actor.id);
          } else if (op.op === 'deleteActor' && ids.length > 0) {
            const id = ids[op.pick % ids.length]!;
            edit = removeActors([id]);
            actors.delete(id);
            for (const [tid, ends] of ties) if (ends.includes(id)) ties.delete(tid);
          } else if (op.op === 'addTie' && ids.length > 1) {
            const s = ids[op.a % ids.length]!;
            const t = ids[op.b % ids.length]!;
            if (s === t) continue;
            const tie: Tie = { ...limaNet.ties[0]!, id: `nt-${counter++}`, source: s, target: t };
            edit = addTie(net, tie);
            ties.set(tie.id, [s, t]);
          } else if (op.op === 'deleteTie' && ties.size > 0) {
            const id = [...ties.keys()][op.pick % ties.size]!;
            edit = removeTies([id]);
            ties.delete(id);
          } else if (op.op === 'influence' && ids.length > 0) {
            const id = ids[op.pick % ids.length]!;
            edit = updateActors(net, [id], { influence: op.value });
            influence.set(id, op.value);
          } else if (op.op === 'trust' && ties.size > 0) {
            const id = [...ties.keys()][op.pick % ties.size]!;
            edit = updateTies(net, [id], { trust: op.value });
            trust.set(id, op.value);
          }
          if (edit) net = applyEdit(net, edit).network;
        }
        const original = new Map(limaNet.actors.map((x) => [x.id, x]));
        const originalTies = new Map(limaNet.ties.map((t) => [t.id, t]));
        const diff = diffNetworks(limaNet, net);
        expect(new Set(diff.actors.added)).toEqual(new Set([...actors].filter((id) => !original.has(id))));
        expect(new Set(diff.actors.removed)).toEqual(new Set([...original.keys()].filter((id) => !actors.has(id))));
        const changedActors = [...influence]
          .filter(([id, value]) => original.has(id) && actors.has(id) && original.get(id)!.influence !== value)
          .map(([id]) => id);
        expect(new Set(diff.actors.changed.map((c) => c.id))).toEqual(new Set(changedActors));
        for (const change of diff.actors.changed)
          expect(change.changes.map((c) => [c.field, c.after])).toEqual([['influence', influence.get(change.id)]]);
        expect(new Set(diff.ties.added)).toEqual(new Set([...ties.keys()].filter((id) => !originalTies.has(id))));
        expect(new Set(diff.ties.removed)).toEqual(new Set([...originalTies.keys()].filter((id) => !ties.has(id))));
        const changedTies = [...trust]
          .filter(([id, value]) => originalTies.has(id) && ties.has(id) && originalTies.get(id)!.trust !== value)
          .map(([id]) => id);
        expect(new Set(diff.ties.changed.map((c) => c.id))).toEqual(new Set(changedTies));
      }),
      { numRuns: 150 },
    );
  });
});

describe('side-by-side layout', () => {
  it('puts an actor both networks share in the same place in both, the same way every time', async () => {
    const { alignedLayouts } = await import('../../src/analysis/compare/aligned-layout');
    const { aToB } = matchMaps(matchActors(limaNet, macroSurNet));
    const first = alignedLayouts(limaNet, macroSurNet, aToB);
    for (const id of ['pnp', 'socios-peru']) expect(first.b[id]).toEqual(first.a[id]);
    // One frame for both: every position within the unit square.
    for (const p of [...Object.values(first.a), ...Object.values(first.b)]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(1);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(1);
    }
    expect(alignedLayouts(limaNet, macroSurNet, aToB)).toEqual(first);
  });

  it('keeps the first network where it was drawn when positions are given for all its actors', async () => {
    const { alignedLayouts } = await import('../../src/analysis/compare/aligned-layout');
    const a = small(['p', 'q'], ['p-q']);
    const b = small(['p', 'r'], ['p-r']);
    // p at (0, 0) and q at (100, 50): one scale for both axes keeps q twice as far across as down from p.
    const layout = alignedLayouts(a, b, new Map([['p', 'p']]), { p: { x: 0, y: 0 }, q: { x: 100, y: 50 } });
    expect(layout.b.p).toEqual(layout.a.p);
    expect((layout.a.q!.x - layout.a.p!.x) / (layout.a.q!.y - layout.a.p!.y)).toBeCloseTo(2, 10);
  });
});
