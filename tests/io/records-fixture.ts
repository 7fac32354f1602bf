// The Macro Sur sample with engagement records written by hand for the tests of their files and their redaction:
// a workshop over three days, a meeting known only by its month, commitments due on a day and in a month, and an
// incident whose place, description and exact day a redaction profile must hide.
import macroSur from '../../data/macro-sur-2017.json';
import type { Network } from '../../src/model/types';
import { parseNetwork } from '../../src/model/validate';

export const INCIDENT_PLACE = 'Comunidad de Huancuire';
export const INCIDENT_DESCRIPTION = 'Bloqueo de la vía; dos comuneros heridos';
export const INCIDENT_DAY = '2017-10-14';

export function withRecords(): Network {
  const network = parseNetwork(macroSur).network!;
  return {
    ...network,
    engagements: [
      {
        id: 'taller-cusco-2017',
        kind: 'workshop',
        date: '2017-09-12',
        until: '2017-09-14',
        topic: { es: 'Taller regional, Cusco', en: 'Regional workshop, Cusco' },
        region: 'PE-CUS',
        place: 'Wanchaq',
        participants: [
          { actor: 'socios-peru', role: 'convened' },
          { actor: 'pnp', role: 'attended' },
          { actor: 'glencore', role: 'attended' },
          { actor: 'mmg', role: 'invited' },
        ],
        outcome: 'Acordaron una hoja de ruta; la PNP revisará sus protocolos',
        sources: [{ doc: 'informe-macro-sur-2018.pdf', locator: 'p. 12', quote: 'se realizó un taller en Cusco' }],
        basis: 'documented',
      },
      {
        id: 'grupo-impulsor-2017-11',
        kind: 'meeting',
        date: '2017-11',
        topic: 'Grupo Impulsor',
        region: 'PE-CUS',
        place: '',
        participants: [
          { actor: 'produce', role: 'convened' },
          { actor: 'centro-guaman-poma', role: 'attended' },
        ],
        outcome: '',
        sources: [{ doc: 'informe-macro-sur-2018.pdf', locator: 'p. 14' }],
        basis: 'documented',
      },
    ],
    commitments: [
      {
        id: 'protocolos-pnp',
        what: 'Revisar los protocolos de uso de la fuerza',
        by: ['pnp'],
        to: ['socios-peru', 'glencore'],
        engagement: 'taller-cusco-2017',
        made: '2017-09-14',
        due: '2017-12-15',
        status: 'in_progress',
        history: [
          { date: '2017-09-14', status: 'pending' },
          { date: '2017-10', status: 'in_progress' },
        ],
        evidence: 'Oficio N.º 123',
        sources: [],
        basis: 'assumed',
      },
      {
        id: 'informe-regional',
        what: 'Enviar el informe regional',
        by: ['socios-peru'],
        to: [],
        due: '2018-02',
        status: 'pending',
        history: [],
        evidence: '',
        sources: [],
        basis: 'assumed',
      },
    ],
    incidents: [
      {
        id: 'bloqueo-huancuire-2017-10-14',
        kind: 'road_block',
        date: INCIDENT_DAY,
        region: 'PE-APU',
        place: INCIDENT_PLACE,
        involved: [
          { actor: 'pnp', role: 'responder' },
          { actor: 'mmg', role: 'other' },
        ],
        severity: 2,
        description: INCIDENT_DESCRIPTION,
        sources: [{ doc: 'defensoria-reporte-164.pdf', locator: 'caso Huancuire, p. 34', quote: 'bloqueo en Huancuire' }],
        basis: 'documented',
      },
    ],
  };
}
