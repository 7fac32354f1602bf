// A session typed elsewhere brought into a scenario: its actors matched by name as the comparison matches them.
import { describe, expect, it } from 'vitest';
import { mergeSessions } from '../../src/analysis/merge-sessions';
import { confirmMatch } from '../../src/analysis/compare/match';
import type { Mapping } from '../../src/model/informants';
import type { Network } from '../../src/model/types';
import { small } from './fixtures';

const session = (id: string) => ({
  id,
  question: '¿Quién influye en la seguridad en Espinar?',
  linkTypes: [{ id: 'info', name: 'información', colour: '#1f77b4', tieType: 'information' as const }],
  goals: [],
  informants: [{ id: 'i', label: 'Dirigente' }],
});
// The scenario: the Defensoría, the police (alias PNP), the ministry; a session s1 already typed.
const target: Network = {
  ...small(['defensoria:state', 'policia:security_forces', 'minem:state'], [], {
    defensoria: { name: 'Defensoría del Pueblo' },
    policia: { name: 'Policía Nacional del Perú', aliases: ['PNP'] },
    minem: { name: 'Ministerio de Energía y Minas' },
  }),
  mapping: { sessions: [session('s1')], answers: [] },
};
// The session: "defensoria del pueblo" (the same name without accent or capitals), "PNP" (the police's alias),
// "Ministerio de Energia" (2 of the ministry's 3 words: similar, 2/3 × 0.8 = 0.53, to ask about), and the rondas.
const incoming: Network = {
  ...small(['x1:state', 'x2:security_forces', 'x3:state', 'rondas:community'], [], {
    x1: { name: 'defensoria del pueblo' },
    x2: { name: 'PNP' },
    x3: { name: 'Ministerio de Energia' },
    rondas: { name: 'Rondas campesinas de Espinar' },
  }),
  mapping: {
    sessions: [session('s1')],
    answers: [
      { kind: 'tie', session: 's1', informant: 'i', source: 'x1', target: 'x2', linkType: 'info' },
      { kind: 'influence', session: 's1', informant: 'i', actor: 'x3', tower: 5 },
      { kind: 'actor', session: 's1', informant: 'i', actor: 'rondas' },
    ],
  } satisfies Mapping,
};

describe("a session's answers brought into a scenario", () => {
  it('match sure names, add the rest, ask about the doubtful, and keep the sessions apart', () => {
    const merged = mergeSessions(target, incoming);
    // x1 → defensoria (same name), x2 → policia (alias); x3 doubtful: added as itself, and asked about; rondas added.
    expect(merged.network.actors.map((a) => a.id)).toEqual(['defensoria', 'policia', 'minem', 'x3', 'rondas']);
    expect(merged.added).toEqual(['x3', 'rondas']);
    expect(merged.suggested.map((m) => [m.a, m.b, m.by, m.score])).toEqual([['minem', 'x3', 'similar', 0.53]]);
    // The incoming session s1 meets the scenario's s1: it becomes s1-2; its answers name the scenario's actors.
    expect(merged.network.mapping!.sessions.map((s) => s.id)).toEqual(['s1', 's1-2']);
    expect(merged.network.mapping!.answers).toEqual([
      { kind: 'tie', session: 's1-2', informant: 'i', source: 'defensoria', target: 'policia', linkType: 'info' },
      { kind: 'influence', session: 's1-2', informant: 'i', actor: 'x3', tower: 5 },
      { kind: 'actor', session: 's1-2', informant: 'i', actor: 'rondas' },
    ]);
  });

  it('once the facilitator confirms the doubtful match, its answers go to the scenario actor', () => {
    const merged = mergeSessions(target, incoming, confirmMatch({ confirmed: [], rejected: [] }, 'minem', 'x3'));
    expect(merged.added).toEqual(['rondas']);
    expect(merged.suggested).toEqual([]);
    expect(merged.network.mapping!.answers[1]).toMatchObject({ kind: 'influence', actor: 'minem' });
  });
});
