// The informants' agreement in the network drawing: which ties are dashed or solid and which actors are ringed, on
// the three informants of Espinar (tests/analysis/three-informants.ts, worked by hand there).
import { describe, expect, it } from 'vitest';
import { agreementMarks } from '../../src/views/network/agreement-marks';
import { toElements } from '../../src/views/network/elements';
import { buildStylesheet } from '../../src/views/network/stylesheet';
import { espinarScenario } from '../analysis/three-informants';
import { small } from '../analysis/fixtures';

const scenario = espinarScenario();

describe('agreementMarks(network)', () => {
  it('marks the ties one of three reported, those half or more reported, and the actors whose towers differ', () => {
    const marks = agreementMarks(scenario)!;
    expect(Object.fromEntries(marks.ties)).toEqual({
      'info-policia-municipio': 'most', // 3 of 3
      'info-empresa-municipio': 'most', // 2 of 3: at least half
      'conf-rondas-empresa': 'most', // 3 of 3
      'info-defensoria-rondas': 'most', // 2 of 3
      'information--defensoria--policia': 'one', // 1 of 3
      'conflict--policia--rondas': 'one', // 1 of 3
    });
    // Towers: police 7, 3, 5 (range 4) and rondas 5, 2, 4 (range 3) differ; municipality 3, 4, 3 and the rest do not.
    expect([...marks.towersDiffer]).toEqual(['policia', 'rondas']);
  });

  it('matches ties by type and ends, not by what they carry: an undirected tie drawn the other way round too', () => {
    const flipped = {
      ...scenario,
      ties: scenario.ties.map((t) => (t.id === 'info-policia-municipio' ? { ...t, source: t.target, target: t.source, extra: {} } : t)),
    };
    expect(agreementMarks(flipped)!.ties.get('info-policia-municipio')).toBe('most');
  });

  it('leaves a tie one informant reported unmarked when only that one was asked', () => {
    // Of two informants, only the second was asked about conflict, and reported a–b: 1 of 1, neither dashed nor split.
    const base = small(['a', 'b'], ['a-b'], { t0: { type: 'conflict' } });
    const session = (id: string, links: { id: string; tieType: 'conflict' | 'information' }[]) => ({
      id,
      question: 'q',
      linkTypes: links.map((l) => ({ ...l, name: l.id, colour: '#000000' })),
      goals: [],
      informants: [{ id: 'i', label: id }],
    });
    const network = {
      ...base,
      mapping: {
        sessions: [session('s1', [{ id: 'info', tieType: 'information' }]), session('s2', [{ id: 'conf', tieType: 'conflict' }])],
        answers: [{ kind: 'tie' as const, session: 's2', informant: 'i', source: 'a', target: 'b', linkType: 'conf' }],
      },
    };
    expect(Object.fromEntries(agreementMarks(network)!.ties)).toEqual({ t0: 'most' });
    expect(agreementMarks(base)).toBeNull();
  });
});

describe('the drawing of agreement', () => {
  it('puts the marks in the elements’ data, and only on a network with answers', () => {
    const data = new Map(toElements(scenario, 'es').map((e) => [e.data.id as string, e.data]));
    expect(data.get('information--defensoria--policia')!.agreement).toBe('one');
    expect(data.get('info-policia-municipio')!.agreement).toBe('most');
    expect(data.get('policia')!.towersDiffer).toBe(true);
    expect(data.get('municipio')!.towersDiffer).toBeUndefined();
    const { mapping: _, ...unanswered } = scenario;
    expect(toElements(unanswered, 'es').some((e) => 'agreement' in e.data || 'towersDiffer' in e.data)).toBe(false);
  });

  it('draws a tie one informant reported thin and dashed, one most reported solid, after the type’s own stroke', () => {
    const sheet = buildStylesheet() as { selector: string; style: Record<string, unknown> }[];
    const at = (selector: string) => sheet.findIndex((rule) => rule.selector === selector);
    const style = (selector: string) => sheet[at(selector)]?.style;
    expect(style('edge[agreement = "one"]')).toMatchObject({ 'width': 1, 'line-style': 'dashed' });
    // Solid, and no thinner than 2.5 (information is 1.2 by its type; ownership keeps its 4).
    expect(style('edge[type = "information"][agreement = "most"]')).toMatchObject({ 'width': 2.5, 'line-style': 'solid' });
    expect(style('edge[type = "ownership"][agreement = "most"]')).toMatchObject({ 'width': 4, 'line-style': 'solid' });
    // Conflict is drawn dashed by its type: the agreement rules come after, so they win.
    expect(at('edge[agreement = "one"]')).toBeGreaterThan(at('edge[type = "conflict"]'));
    expect(style('node[?towersDiffer]')).toMatchObject({ 'outline-width': 3 });
  });
});
