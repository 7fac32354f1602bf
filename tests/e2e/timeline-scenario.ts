// A small Espinar working group with a year of records, for the timeline's browser test: seven actors, five ties,
// four engagements (a day, a month, three days, a year), three commitments (one overdue) and two incidents. The names
// are illustrative, as in tests/analysis/three-informants.ts; nothing here is a finding.
//
// Worked by hand, for playback (model/as-of.ts): the slider spans 2023-01 (the company's service to the police, since
// 2023) to 2026-06 (c2's due date). In January 2023 Empresa and Policía are shown (named at e1, but their tie says
// they were there in 2023) and Prensa (in no engagement: throughout); ONG and Defensoría appear in March 2024 (e1),
// Rondas in June 2024 (e2), DCAF in September 2024 (e3), Municipio in January 2025 (e4, dated by its year).
// Ties: ONG–Defensoría from March 2024 (both at e1), Policía–Rondas from June 2024 (e2; the police were only invited
// to e1), DCAF–Policía from September 2024 (e3), Prensa–Rondas (undated, never met) once Rondas is shown.
export const ESPINAR_ACTORS = ['ong', 'defensoria', 'empresa', 'policia', 'rondas', 'dcaf', 'municipio', 'prensa'] as const;

const source = [{ doc: 'acta-espinar', locator: 'Acta de la reunión' }];

export function espinarRecords() {
  return {
    schemaVersion: 3,
    id: 'espinar-records',
    title: { es: 'Mesa de Espinar, 2024–2025', en: 'Espinar working group, 2024–2025' },
    sources: [{ doc: 'acta-espinar', title: 'Actas del grupo de Espinar (ilustrativas)', locator: 'Actas 2024–2025' }],
    actors: [
      { id: 'ong', name: 'Asociación Civil Espinar', sector: 'civil_society', region: 'PE-CUS', basis: 'assumed' },
      { id: 'defensoria', name: 'Defensoría del Pueblo', sector: 'state', region: 'PE-CUS', basis: 'assumed' },
      { id: 'empresa', name: 'Minera Tintaya', sector: 'company', region: 'PE-CUS', basis: 'assumed' },
      { id: 'policia', name: 'Policía Nacional del Perú', sector: 'security_forces', region: 'PE-CUS', basis: 'assumed' },
      { id: 'rondas', name: 'Rondas Campesinas de Espinar', sector: 'community', region: 'PE-CUS', basis: 'assumed' },
      { id: 'dcaf', name: 'DCAF', sector: 'international_org', basis: 'assumed' },
      { id: 'municipio', name: 'Municipalidad Provincial de Espinar', sector: 'state', region: 'PE-CUS', basis: 'assumed' },
      { id: 'prensa', name: 'Radio local', sector: 'civil_society', region: 'PE-CUS', basis: 'assumed' },
    ],
    ties: [
      { id: 'ong-defensoria', source: 'ong', target: 'defensoria', type: 'dialogue', basis: 'assumed' },
      { id: 'empresa-policia', source: 'empresa', target: 'policia', type: 'service', basis: 'assumed', since: '2023' },
      { id: 'policia-rondas', source: 'policia', target: 'rondas', type: 'conflict', basis: 'assumed' },
      { id: 'dcaf-policia', source: 'dcaf', target: 'policia', type: 'training', basis: 'assumed' },
      { id: 'prensa-rondas', source: 'prensa', target: 'rondas', type: 'information', basis: 'assumed' },
    ],
    engagements: [
      {
        id: 'e1',
        kind: 'meeting',
        date: '2024-03-12',
        topic: 'Primera reunión del grupo impulsor',
        region: 'PE-CUS',
        place: 'Yauri',
        participants: [
          { actor: 'ong', role: 'convened' },
          { actor: 'defensoria', role: 'attended' },
          { actor: 'empresa', role: 'attended' },
          { actor: 'policia', role: 'invited' },
        ],
        outcome: 'Se acordó un taller sobre los Principios Voluntarios.',
        sources: source,
        basis: 'assumed',
      },
      {
        id: 'e2',
        kind: 'workshop',
        date: '2024-06',
        topic: 'Taller sobre los Principios Voluntarios',
        region: 'PE-CUS',
        participants: [
          { actor: 'ong', role: 'convened' },
          { actor: 'policia', role: 'attended' },
          { actor: 'empresa', role: 'attended' },
          { actor: 'rondas', role: 'attended' },
        ],
        sources: source,
        basis: 'assumed',
      },
      {
        id: 'e3',
        kind: 'training',
        date: '2024-09-10',
        until: '2024-09-12',
        topic: 'Capacitación a la policía en derechos humanos',
        region: 'PE-CUS',
        participants: [
          { actor: 'dcaf', role: 'convened' },
          { actor: 'policia', role: 'attended' },
        ],
        sources: source,
        basis: 'assumed',
      },
      {
        id: 'e4',
        kind: 'round_table',
        date: '2025',
        topic: 'Mesa de diálogo provincial',
        region: 'PE-CUS',
        participants: [
          { actor: 'municipio', role: 'convened' },
          { actor: 'rondas', role: 'attended' },
          { actor: 'defensoria', role: 'attended' },
        ],
        sources: source,
        basis: 'assumed',
      },
    ],
    commitments: [
      {
        id: 'c1',
        what: 'Publicar el protocolo de seguridad',
        by: ['empresa'],
        to: ['rondas'],
        engagement: 'e2',
        made: '2024-06',
        due: '2024-10-31',
        status: 'pending',
        sources: source,
        basis: 'assumed',
      },
      {
        id: 'c2',
        what: 'Capacitar a todos sus agentes',
        by: ['policia'],
        engagement: 'e3',
        made: '2024-09-12',
        due: '2026-06',
        status: 'in_progress',
        history: [{ date: '2025-01-15', status: 'in_progress' }],
        sources: source,
        basis: 'assumed',
      },
      {
        id: 'c3',
        what: 'Informe de seguimiento',
        by: ['defensoria'],
        made: '2024-03-12',
        due: '2024-05-30',
        status: 'done',
        history: [{ date: '2024-05-20', status: 'done' }],
        sources: source,
        basis: 'assumed',
      },
    ],
    incidents: [
      {
        id: 'i1',
        kind: 'protest',
        date: '2024-08-02',
        region: 'PE-CUS',
        place: 'Yauri',
        involved: [
          { actor: 'rondas', role: 'affected_community' },
          { actor: 'policia', role: 'security_provider' },
        ],
        severity: 2,
        description: 'Protesta frente a la municipalidad.',
        sources: source,
        basis: 'assumed',
      },
      {
        id: 'i2',
        kind: 'confrontation',
        date: '2025-02',
        region: 'PE-CUS',
        involved: [
          { actor: 'policia', role: 'security_provider' },
          { actor: 'rondas', role: 'affected_community' },
        ],
        severity: 3,
        sources: source,
        basis: 'assumed',
      },
    ],
  };
}
