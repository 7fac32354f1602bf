/**
 * A small network with engagement records, worked by hand in engagement-gaps.test.ts and follow-up.test.ts: who met
 * whom and when, what was promised, and what happened, as of TODAY.
 */
import type { Network } from '../../src/model/types';
import { parseNetwork } from '../../src/model/validate';
import { small } from './fixtures';

/** The network with these records, read as a file would be (so every field takes its default). */
export function withRecords(network: Network, records: Record<string, unknown[]>): Network {
  const { network: read, problems } = parseNetwork({ ...network, ...records });
  if (!read || problems.length) throw new Error(`fixture: ${JSON.stringify(problems)}`);
  return read;
}

export const TODAY = '2025-09-15';

/**
 * Seven actors: the company MINERA (influence 5, Cusco), the police POLICIA (4, Cusco), the Ombudsman DEFENSORIA
 * (4, Lima), the NGO ONG (2, Cusco), the community COMUNIDAD (3, Apurímac), the platform GRUPO (5) and the embassy
 * EMBAJADA (4, no region).
 */
export const actors = small(
  [
    'minera:company',
    'policia:security_forces',
    'defensoria:state',
    'ong:civil_society',
    'comunidad:community',
    'grupo:platform',
    'embajada:foreign_government',
  ],
  ['minera-ong', 'policia-ong'],
  {
    minera: { influence: 5, region: 'PE-CUS' },
    policia: { influence: 4, region: 'PE-CUS' },
    defensoria: { influence: 4, region: 'PE-LIM' },
    ong: { influence: 2, region: 'PE-CUS' },
    comunidad: { influence: 3, region: 'PE-APU' },
    grupo: { influence: 5 },
    embajada: { influence: 4, country: 'CH' },
  },
);

const engagement = (id: string, date: string, region: string | null, participants: [string, string][]) => ({
  id,
  kind: 'meeting',
  date,
  topic: { es: `Tema ${id}`, en: `Topic ${id}` },
  region,
  participants: participants.map(([actor, role]) => ({ actor, role })),
  basis: 'documented',
});

export const records = withRecords(actors, {
  engagements: [
    // MINERA attended, ONG convened; POLICIA was invited and did not come.
    engagement('e1', '2025-01-20', 'PE-CUS', [
      ['minera', 'attended'],
      ['ong', 'convened'],
      ['policia', 'invited'],
    ]),
    engagement('e2', '2025-08-05', 'PE-CUS', [
      ['ong', 'convened'],
      ['defensoria', 'attended'],
      ['policia', 'invited'],
    ]),
    // Dated by its month only.
    engagement('e3', '2025-03', null, [['embajada', 'attended']]),
    // After today: planned, not held.
    engagement('e4', '2025-10-01', 'PE-CUS', [['policia', 'attended']]),
  ],
  commitments: [
    { id: 'c1', what: 'Water tank', by: ['minera'], to: ['comunidad'], due: '2025-08-31', basis: 'documented' },
    { id: 'c2', what: 'Report', by: ['defensoria'], due: '2025-05', status: 'in_progress', basis: 'documented' },
    { id: 'c3', what: 'Done already', by: ['ong'], due: '2025-01-01', status: 'done', basis: 'documented' },
    { id: 'c4', what: 'Soon', by: ['ong'], due: '2025-09-30', basis: 'documented' },
    { id: 'c5', what: 'Someday', by: ['ong'], basis: 'documented' },
  ],
  incidents: [
    {
      id: 'i1',
      kind: 'protest',
      date: '2025-06-10',
      region: 'PE-CUS',
      severity: 3,
      involved: [
        { actor: 'policia', role: 'security_provider' },
        { actor: 'comunidad', role: 'affected_community' },
        { actor: 'ong', role: 'responder' },
        { actor: 'grupo', role: 'other' },
      ],
      basis: 'documented',
    },
    {
      id: 'i2',
      kind: 'complaint',
      date: '2025-08',
      severity: 1,
      involved: [{ actor: 'defensoria', role: 'responder' }],
      basis: 'documented',
    },
    {
      id: 'i3',
      kind: 'confrontation',
      date: '2024-12-01',
      severity: 2,
      involved: [{ actor: 'minera', role: 'other' }],
      basis: 'documented',
    },
    { id: 'i4', kind: 'detention', date: '2025-09-01', involved: [{ actor: 'minera', role: 'security_provider' }], basis: 'documented' },
  ],
});
