// "¿Qué vemos?" on a table worked by hand.
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/model/edits';
import { parseNetwork } from '../../src/model/validate';
import type { Answer, MappingSession } from '../../src/model/informants';
import { readBack, sessionNetwork } from '../../src/analysis/session-readback';
import { recordAnswers, startSession, TABLE } from '../../src/analysis/session-record';

// Five actors at the table and one left out of it (z, in the scenario but not named in the session).
//   links (information, undirected): a–c, c–e, e–d; b has none.
//   towers: a 7, b 2, c 6, d 3, e 4.   goal g: a −, c −, d +, b +, e 0.
const SECTORS = { a: 'security_forces', b: 'community', c: 'company', d: 'civil_society', e: 'state', z: 'academia' } as const;
const session: MappingSession = {
  id: 's',
  question: '¿Quién influye en la seguridad en Espinar?',
  linkTypes: [{ id: 'info', name: 'información', colour: '#1f77b4', tieType: 'information' }],
  goals: [{ id: 'g', label: 'Diálogo' }],
  informants: [{ id: TABLE, label: 'Mesa' }],
};
const by = { session: 's', informant: TABLE };
const answers: Answer[] = [
  ...(['a', 'b', 'c', 'd', 'e'] as const).map((actor): Answer => ({ kind: 'actor', ...by, actor })),
  ...[
    ['a', 'c'],
    ['c', 'e'],
    ['e', 'd'],
  ].map(([source, target]): Answer => ({ kind: 'tie', ...by, source: source!, target: target!, linkType: 'info' })),
  ...Object.entries({ a: 7, b: 2, c: 6, d: 3, e: 4 }).map(([actor, tower]): Answer => ({ kind: 'influence', ...by, actor, tower })),
  ...Object.entries({ a: -1, c: -1, d: 1, b: 1, e: 0 } as const).map(([actor, stance]): Answer => ({
    kind: 'stance',
    ...by,
    actor,
    goal: 'g',
    stance,
  })),
];

function table() {
  const { network } = parseNetwork({
    schemaVersion: 3,
    id: 'n',
    title: 'N',
    actors: Object.entries(SECTORS).map(([id, sector]) => ({ id, name: id.toUpperCase(), sector, basis: 'documented' })),
    ties: [],
  });
  const started = applyEdit(network!, startSession(network!, session)).network;
  return applyEdit(started, recordAnswers(started, 's', answers)!).network;
}

describe('reading back a session', () => {
  it('draws only what the session named', () => {
    const own = sessionNetwork(table(), 's');
    expect(own.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(own.ties).toHaveLength(3);
  });

  it('finds the influential with few links, the brokers and the silos', () => {
    const read = readBack(table(), 's');
    // a: tower 7, one link (c) → influential with few links; c: tower 6 but two links (a, e) → not.
    expect(read.influentialFewLinks).toEqual([{ actor: 'a', tower: 7, links: 1 }]);
    // On the path a–c–e–d, c lies between a–e and a–d, e between a–d and c–d: 2 pairs each; a and d none.
    expect(read.brokers.map((b) => b.actor)).toEqual(['c', 'e']);
    expect(read.brokers[0]!.betweenness).toBe(read.brokers[1]!.betweenness);
    expect(read.silos).toEqual(['b']);
  });

  it('sums each camp’s towers and sees the camps apart', () => {
    const read = readBack(table(), 's');
    // For g: d 3 + b 2 = 5; against: a 7 + c 6 = 13; neutral: e 4.
    expect(read.superTowers).toEqual([
      {
        goal: 'g',
        for: 5,
        neutral: 4,
        against: 13,
        mixed: 0,
        members: { for: ['d', 'b'], neutral: ['e'], against: ['a', 'c'], mixed: [] },
      },
    ]);
    // No link joins d or b to a or c.
    expect(read.campsApart).toEqual([{ goal: 'g', supporters: ['d', 'b'], opponents: ['a', 'c'] }]);
  });

  it('camps joined by one link are not apart', () => {
    const n = table();
    const joined = applyEdit(n, recordAnswers(n, 's', [{ kind: 'tie', ...by, source: 'd', target: 'c', linkType: 'info' }])!).network;
    expect(readBack(joined, 's').campsApart).toEqual([]);
  });

  it('an actor removed from the scenario since no longer counts in its camp', () => {
    const n = table();
    // Without a (tower 7, against): against 13 − 7 = 6; c (tower 6) keeps one link (e), so it is now the influential
    // actor with few links.
    const read = readBack(
      { ...n, actors: n.actors.filter((a) => a.id !== 'a'), ties: n.ties.filter((t) => t.source !== 'a' && t.target !== 'a') },
      's',
    );
    expect(read.superTowers[0]).toMatchObject({ for: 5, neutral: 4, against: 6 });
    expect(read.influentialFewLinks).toEqual([{ actor: 'c', tower: 6, links: 1 }]);
  });
});
