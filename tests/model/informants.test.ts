// A network file keeps the mapping sessions and each informant's answers; a bad answer is reported where it is.
import { describe, expect, it } from 'vitest';
import lima from '../../data/lima-2010.json';
import { parseNetwork } from '../../src/model/validate';

const session = {
  id: 's1',
  question: { es: '¿Quién influye en la seguridad en Espinar?', en: 'Who influences security in Espinar?' },
  date: '2017-05-12',
  place: 'Yauri',
  linkTypes: [{ id: 'info', name: { es: 'información', en: 'information' }, colour: '#1f77b4', tieType: 'information' }],
  informants: [{ id: 'i1', label: 'Dirigente comunal' }],
};
const answer = { kind: 'influence', session: 's1', informant: 'i1', actor: 'defensoria', tower: 7 };

describe('mapping sessions in a network file', () => {
  it('are read with their answers; goals default to none; a network without them has none', () => {
    const { network, problems } = parseNetwork({ ...lima, mapping: { sessions: [session], answers: [answer] } });
    expect(problems).toEqual([]);
    expect(network!.mapping).toEqual({ sessions: [{ ...session, goals: [] }], answers: [answer] });
    expect(parseNetwork(lima).network!.mapping).toBeUndefined();
  });

  it('report a tower outside 0–8 and an unknown kind of answer at their place in the file', () => {
    const { network, problems } = parseNetwork({
      ...lima,
      mapping: {
        sessions: [session],
        answers: [
          { ...answer, tower: 9 },
          { ...answer, kind: 'rumour' },
        ],
      },
    });
    expect(network).toBeNull();
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['mapping.answers[0].tower', '9 must be between 0 and 8'],
      ['mapping.answers[1].kind', expect.stringContaining('must be an answer')],
    ]);
  });
});

describe('informants’ names on a shared map', () => {
  it('leave for the room without names, and come back with the names this device holds', async () => {
    const { withoutInformantNames, withInformantNamesOf } = await import('../../src/model/informants');
    const local = {
      sessions: [
        {
          id: 's',
          question: 'q',
          linkTypes: [],
          goals: [],
          informants: [
            { id: 'a', label: 'Dirigente', name: 'Juana' },
            { id: 'b', label: 'Periodista' },
          ],
        },
      ],
      answers: [],
    };
    const room = withoutInformantNames(local);
    expect(room.sessions[0]!.informants).toEqual([
      { id: 'a', label: 'Dirigente' },
      { id: 'b', label: 'Periodista' },
    ]);
    // A participant joined in the room meanwhile: the room's list, with Juana's name put back here.
    const arrived = {
      ...room,
      sessions: [{ ...room.sessions[0]!, informants: [...room.sessions[0]!.informants, { id: 'p-1', label: 'Participante 1' }] }],
    };
    expect(withInformantNamesOf(arrived, local).sessions[0]!.informants).toEqual([
      { id: 'a', label: 'Dirigente', name: 'Juana' },
      { id: 'b', label: 'Periodista' },
      { id: 'p-1', label: 'Participante 1' },
    ]);
  });
});
