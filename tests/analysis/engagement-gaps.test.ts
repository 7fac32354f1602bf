import { describe, expect, it } from 'vitest';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { analyze, DEFAULT_OPTIONS } from '../../src/analysis/analyze';
import { detectCommunities } from '../../src/analysis/communities';
import {
  absentFromPeriod,
  addMonths,
  daysBetween,
  incidentsNotFollowed,
  lastDay,
  overdueCommitments,
  quietInfluential,
} from '../../src/analysis/engagement-gaps';
import { GAP_RULES, type GapRuleId } from '../../src/analysis/gaps';
import { regionLabel } from '../../src/model/regions';
import type { Network } from '../../src/model/types';
import { label, say } from '../../src/text/translate';
import { TODAY, actors, records, withRecords } from './engagement-records';

function gaps(network: Network, rule: GapRuleId, today: string | null = TODAY, quietMonths?: number) {
  const graph = toAnalysisGraph(network);
  const context = {
    network,
    graph,
    communities: detectCommunities(graph, 1),
    regionName: regionLabel,
    today: today ?? undefined,
    quietMonths,
  };
  return GAP_RULES.find((r) => r.id === rule)!.find(context);
}

const RECORD_RULES: GapRuleId[] = ['quiet-influential', 'overdue-commitment', 'absent-from-meetings', 'incident-not-followed'];

describe('dates for the rules', () => {
  it('lastDay, daysBetween and addMonths count the calendar', () => {
    expect(lastDay('2025-02')).toBe('2025-02-28');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2025')).toBe('2025-12-31');
    expect(lastDay('2025-05-04')).toBe('2025-05-04');
    // 31 May → 15 Sep: 30 (June) + 31 (July) + 31 (August) + 15 = 107.
    expect(daysBetween('2025-05-31', '2025-09-15')).toBe(107);
    expect(addMonths('2025-09-15', -6)).toBe('2025-03-15');
    // 31 August less six months: 31 February does not exist, the last day of February does.
    expect(addMonths('2025-08-31', -6)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('gap rules on engagement records', () => {
  it('every new rule explains itself in both languages', () => {
    for (const id of RECORD_RULES) {
      const rule = GAP_RULES.find((r) => r.id === id)!;
      expect(label('en', rule.explanation).length, id).toBeGreaterThan(40);
      expect(label('es', rule.explanation).length, id).toBeGreaterThan(40);
    }
  });

  it('say nothing about a network with no records, nor without a day to read them as of', () => {
    // Four influential actors and no engagement recorded: not four "never engaged".
    for (const rule of RECORD_RULES) expect(gaps(actors, rule), rule).toEqual([]);
    for (const rule of RECORD_RULES) expect(gaps(records, rule, null), rule).toEqual([]);
  });

  it('influential actors quiet for six months or more, or never engaged', () => {
    // As of 15 Sep 2025, influence ≥ 4, platforms aside:
    //   MINERA last attended e1 on 20 Jan 2025: 8 calendar months less one (15 < 20) = 7 months → quiet;
    //   POLICIA was only invited (e1, e2), and e4 is after today → never engaged;
    //   DEFENSORIA attended e2 on 5 Aug 2025 → 1 month, not quiet;
    //   EMBAJADA attended e3 in March 2025, counted from 31 March: 6 months less one (15 < 30) = 5 → not quiet;
    //   GRUPO is a platform; ONG (2) and COMUNIDAD (3) are not influential.
    const quiet = quietInfluential(records, TODAY);
    expect(quiet.map((q) => [q.actor.id, q.months, q.last?.id ?? null])).toEqual([
      ['policia', null, null],
      ['minera', 7, 'e1'],
    ]);
    const found = gaps(records, 'quiet-influential');
    // Never engaged is high; 7 months, under twice the six, is medium.
    expect(found.map((g) => [g.actors, g.severity, g.regions])).toEqual([
      [['policia'], 'high', ['PE-CUS']],
      [['minera'], 'medium', ['PE-CUS']],
    ]);
    // Three engagements were held by today (e4 is planned).
    expect(say('en', found[0]!.detail)).toBe('POLICIA (influence 4) took part in none of the 3 engagements recorded.');
    expect(say('es', found[0]!.detail)).toBe('POLICIA (influencia 4) no participó en ninguno de los 3 contactos registrados.');
    expect(say('en', found[1]!.detail)).toBe('MINERA (influence 5): last engaged on 20 Jan 2025 (Topic e1), 7 months ago.');
    expect(say('es', found[1]!.detail)).toBe('MINERA (influencia 5): último contacto el 20/01/2025 (Tema e1), hace 7 meses.');
    // With 8 months chosen, MINERA (7) is no longer flagged; with 5, EMBAJADA (5) is.
    expect(gaps(records, 'quiet-influential', TODAY, 8).map((g) => g.actors[0])).toEqual(['policia']);
    expect(gaps(records, 'quiet-influential', TODAY, 5).map((g) => g.actors[0])).toEqual(['policia', 'minera', 'embajada']);
  });

  it('a record of past years: one sentence naming every influential actor nobody has met since, not one each', () => {
    // As of 15 Mar 2027 all four engagements were held, the last e4 (1 Oct 2025), 17 months before: nothing was held in
    // the last six months at all. Every influential party is quiet, the longest first: MINERA (e1, Jan 2025),
    // EMBAJADA (e3, March 2025), DEFENSORIA (e2, Aug 2025), POLICIA (e4, Oct 2025).
    const found = gaps(records, 'quiet-influential', '2027-03-15');
    expect(found.map((g) => [g.actors, g.severity])).toEqual([[['minera', 'embajada', 'defensoria', 'policia'], 'medium']]);
    expect(say('es', found[0]!.detail)).toBe(
      'Ningún contacto registrado en los últimos 6 meses (el último: 01/10/2025, Tema e4); 4 actores influyentes no han tenido ninguno desde entonces: MINERA, EMBAJADA, DEFENSORIA, POLICIA.',
    );
  });

  it('says an influence that is only assumed is assumed', () => {
    const assumed = {
      ...records,
      actors: records.actors.map((a) => (a.id === 'minera' ? { ...a, fieldBasis: { influence: 'assumed' as const } } : a)),
    };
    const minera = gaps(assumed, 'quiet-influential').find((g) => g.actors[0] === 'minera')!;
    expect(say('es', minera.detail)).toBe('MINERA (influencia 5, supuesta): último contacto el 20/01/2025 (Tema e1), hace 7 meses.');
    expect(say('en', minera.detail)).toBe('MINERA (influence 5, assumed): last engaged on 20 Jan 2025 (Topic e1), 7 months ago.');
  });

  it('overdue commitments: who promised what to whom, due when, how late', () => {
    // c2, due May 2025, falls due on 31 May: 107 days late (≥ 90: high), said in months: 4 calendar months less one
    // (15 < 30) = 3. c1, due 31 Aug: 15 days late (medium). c3 is done, c4 due on 30 Sep, c5 has no due date.
    expect(overdueCommitments(records, TODAY).map((l) => [l.commitment.id, l.days])).toEqual([
      ['c2', 107],
      ['c1', 15],
    ]);
    const found = gaps(records, 'overdue-commitment');
    expect(found.map((g) => [g.actors, g.severity])).toEqual([
      [['defensoria'], 'high'],
      [['minera', 'comunidad'], 'medium'],
    ]);
    expect(say('en', found[0]!.detail)).toBe('DEFENSORIA promised the group “Report”, due May 2025: 3 months late.');
    expect(say('es', found[0]!.detail)).toBe('DEFENSORIA se comprometió con el grupo a «Report», plazo 5/2025: 3 meses de retraso.');
    expect(say('en', found[1]!.detail)).toBe('MINERA promised COMUNIDAD “Water tank”, due 31 Aug 2025: 15 days late.');
    expect(say('es', found[1]!.detail)).toBe('MINERA se comprometió con COMUNIDAD a «Water tank», plazo 31/08/2025: 15 días de retraso.');
    // A commitment is a record on its own: it is overdue even where no engagement was recorded.
    const onlyCommitments = withRecords(actors, {
      commitments: [{ id: 'c', what: 'x', by: ['ong'], due: '2025-09-14', basis: 'assumed' }],
    });
    expect(gaps(onlyCommitments, 'overdue-commitment').map((g) => g.severity)).toEqual(['medium']);
  });

  it('sectors and regions absent from every engagement of the last six months', () => {
    // The period: 15 Mar to 15 Sep 2025. e1 (20 Jan) is before it; e2 (5 Aug, in Cusco) and e3 (March, whose last
    // day is in the period) are in it: 2 engagements, ONG, DEFENSORIA and EMBAJADA present. Sectors with no one
    // present: security forces (POLICIA, only invited), company (MINERA), community (COMUNIDAD), in the order of
    // the sectors. Regions: Cusco held e2, Lima had DEFENSORIA; Apurímac neither.
    const absent = absentFromPeriod(records, TODAY)!;
    expect([absent.from, absent.to, absent.engagements]).toEqual(['2025-03-15', '2025-09-15', 2]);
    expect(absent.sectors.map((s) => [s.sector, s.actors.map((a) => a.id)])).toEqual([
      ['security_forces', ['policia']],
      ['company', ['minera']],
      ['community', ['comunidad']],
    ]);
    expect(absent.regions.map((r) => [r.region, r.actors.map((a) => a.id)])).toEqual([['PE-APU', ['comunidad']]]);
    const found = gaps(records, 'absent-from-meetings');
    expect(found.map((g) => [g.actors, g.severity, g.regions])).toEqual([
      [['policia'], 'medium', []],
      [['minera'], 'medium', []],
      [['comunidad'], 'medium', []],
      [['comunidad'], 'medium', ['PE-APU']],
    ]);
    expect(say('en', found[1]!.detail)).toBe(
      'Company (MINERA) took part in none of the 2 engagements between 15 Mar 2025 and 15 Sept 2025.',
    );
    expect(say('es', found[1]!.detail)).toBe(
      'Empresa (MINERA) no participó en ninguno de los 2 contactos entre el 15/03/2025 y el 15/09/2025.',
    );
    expect(say('en', found[3]!.detail)).toBe(
      'Apurímac (COMUNIDAD): none of the 2 engagements between 15 Mar 2025 and 15 Sept 2025 was held there or had anyone from there.',
    );
  });

  it('when nothing was held in the last months, the period ends at the last engagement', () => {
    // As of 1 Jun 2026, nothing since 1 Dec 2025; the last engagement held is e4 (1 Oct 2025): the period is 1 Apr to
    // 1 Oct 2025, with e2 and e4 (e3 ended on 31 March). Present: ONG, DEFENSORIA, POLICIA (at e4).
    const absent = absentFromPeriod(records, '2026-06-01')!;
    expect([absent.from, absent.to, absent.engagements]).toEqual(['2025-04-01', '2025-10-01', 2]);
    expect(absent.sectors.map((s) => s.sector)).toEqual(['company', 'community', 'foreign_government']);
    expect(absent.regions.map((r) => r.region)).toEqual(['PE-APU']);
  });

  it('parties to an incident with no engagement since', () => {
    // i4 (detention, 1 Sep 2025): MINERA last engaged 20 Jan → not followed; no severity assessed → medium.
    // i1 (protest, Cusco, 10 Jun 2025, severity 3): POLICIA and COMUNIDAD never engaged → not followed; ONG met on
    //   5 Aug → followed; GRUPO is a platform.
    // i2 (complaint, August 2025): DEFENSORIA met on 5 Aug, which may follow it → followed.
    // i3 (confrontation, 1 Dec 2024): MINERA met on 20 Jan 2025 → followed.
    expect(incidentsNotFollowed(records, TODAY).map((u) => [u.incident.id, u.actors.map((a) => `${a.actor.id}:${a.role}`)])).toEqual([
      ['i4', ['minera:security_provider']],
      ['i1', ['policia:security_provider', 'comunidad:affected_community']],
    ]);
    const found = gaps(records, 'incident-not-followed');
    expect(found.map((g) => [g.severity, g.regions])).toEqual([
      ['medium', []],
      ['high', ['PE-CUS']],
    ]);
    expect(say('en', found[1]!.detail)).toBe('Protest in Cusco, 10 Jun 2025: no engagement since with POLICIA, COMUNIDAD.');
    expect(say('es', found[1]!.detail)).toBe('Protesta en Cusco, 10/06/2025: ningún contacto desde entonces con POLICIA, COMUNIDAD.');
    expect(say('es', found[0]!.detail)).toBe('Detención, 01/09/2025: ningún contacto desde entonces con MINERA.');
  });

  it('analyze() reads the records as of the day in its options', () => {
    const withDay = analyze(records, { ...DEFAULT_OPTIONS, today: TODAY });
    const rules = new Set(withDay.gaps.map((g) => g.rule));
    for (const rule of RECORD_RULES) expect(rules.has(rule), rule).toBe(true);
    // Without a day, the records are not read.
    const without = analyze(records, DEFAULT_OPTIONS);
    expect(without.gaps.some((g) => RECORD_RULES.includes(g.rule))).toBe(false);
  });
});
