// What the SHRIM project note (seed 001) says happened in the Macro Sur, as
// engagement records: the 2017 study's interviews and its workshop in each
// region, the setting up of the Cusco group in August 2017, the three
// capacity-building events, the adoption of the 2018 workplan; and the two
// undertakings it states, the workplan and the 2018 extension.
//
// The note names no meeting of the core group as such: it gives decisions the
// group took ("it was decided in August 2017 to set up", "adopted a workplan
// for 2018"). Those are recorded as meetings marked `inferred`, each saying so.
// The 2018 extension names no event (only its aims), so it is a commitment,
// not an engagement. No incident: the note reports none.
import { SEED_2017 as S, as, commitment, engagement, src, t } from './common.mjs';

const PROJECT = 'The Project';
const RESEARCH = src(
  S,
  PROJECT,
  'From February to June 2017, Socios Peru undertook an extensive research process in the Macro Sur mining region of Peru to provide an overview of security and human rights issues in the region and to analyse the feasibility and relevance of creating an operational Voluntary Principles working group in a mining region.',
);
const WORKSHOPS = src(
  S,
  PROJECT,
  'Additionally, workshops were organized in each of the regions to discuss initial findings with local stakeholders.',
);
const MACRO_SUR_REGIONS = src(S, 'Background', 'the "Macro Sur" regions of Apurimac, Arequipa, Cusco or Puno.');
const GRUPO_IMPULSOR = src(
  S,
  PROJECT,
  'The initial core constituency group (Grupo Impulsor) consists of regional representatives of the Ministry of Production (which will take on the role of group coordinator), the Peruvian National Police, three mining companies (MMG, Glencore and First Quantum), and two civil society organisations (Centro Guamán Poma and Socios Perú).',
);
const EVENTS = src(
  S,
  PROJECT,
  'Capacity building events were organised in September, November and December 2017. 115 regional stakeholders participated in the event, including 83 police officers.',
);
const EVENT_AIMS = src(
  S,
  PROJECT,
  'The event provided the opportunity to introduce the newly established Group to regional stakeholders, familiarise them with the VPs and the DCAF-ICRC Toolkit, and jointly discuss regional security challenges.',
);
const WORKPLAN = src(S, 'Results', 'At the end of 2017, the Regional VPs working group adopted a workplan for 2018');

/** One workshop per Macro Sur region: "each of the regions" read as the four the note names. */
const workshop = (region, es, en) =>
  engagement({
    id: `workshop-2017-${en.toLowerCase()}`,
    kind: 'workshop',
    date: '2017-02',
    until: '2017-06',
    region,
    basis: 'inferred',
    topic: t(
      'Los hallazgos iniciales del estudio Macro Sur, con actores locales',
      'The Macro Sur study’s initial findings, with local stakeholders',
    ),
    participants: as('convened', 'socios-peru'),
    outcome: t(
      `Uno de los talleres organizados «en cada una de las regiones»; la fuente no nombra las regiones del taller ni su fecha: ${es} es una de las cuatro regiones Macro Sur que nombra, y febrero–junio de 2017 es el período de la investigación de Socios Perú, de la que el taller formó parte.`,
      `One of the workshops organised "in each of the regions"; the note names neither the workshops’ regions nor their dates: ${en} is one of the four Macro Sur regions it names, and February–June 2017 is the period of Socios Perú’s research, of which the workshop was part.`,
    ),
    sources: [WORKSHOPS, RESEARCH, MACRO_SUR_REGIONS],
  });

/** One of the three capacity-building events; the note gives their months, not their place or who attended which. */
const capacityBuilding = (month, es, en) =>
  engagement({
    id: `capacity-building-2017-${month}`,
    kind: 'training',
    date: `2017-${month}`,
    topic: t(
      'Fortalecimiento de capacidades: presentar el nuevo grupo a los actores regionales, familiarizarlos con los PV y el kit de herramientas DCAF-CICR, y discutir los retos regionales de seguridad',
      'Capacity building: introducing the newly established Group to regional stakeholders, familiarising them with the VPs and the DCAF-ICRC Toolkit, and discussing regional security challenges',
    ),
    outcome: t(
      `El evento de ${es}, uno de los tres (setiembre, noviembre y diciembre de 2017) en los que participaron 115 actores regionales, 83 de ellos policías. La fuente no reparte los participantes por evento ni dice dónde se hicieron ni quién los organizó.`,
      `The ${en} event, one of three (September, November and December 2017) in which 115 regional stakeholders took part, 83 of them police officers. The note neither splits the participants by event nor says where the events were held or who organised them.`,
    ),
    sources: [EVENTS, EVENT_AIMS],
  });

export const engagements = [
  engagement({
    id: 'study-interviews-2017',
    kind: 'interview',
    date: '2017-02',
    until: '2017-06',
    place: t('Región minera Macro Sur', 'Macro Sur mining region'),
    topic: t(
      'Seguridad y derechos humanos en la Macro Sur, y la factibilidad de un grupo de trabajo regional de los PV',
      'Security and human rights in the Macro Sur, and the feasibility of a regional VPs working group',
    ),
    participants: as('convened', 'socios-peru'),
    outcome: t(
      '72 actores entrevistados (Estado, empresas extractivas, empresas de seguridad privada y organizaciones de la sociedad civil); el estudio informó la decisión de crear el grupo de Cusco.',
      '72 stakeholders interviewed (government, extractive companies, private security companies and civil society organisations); the study informed the decision to set up the Cusco group.',
    ),
    sources: [
      RESEARCH,
      src(
        S,
        PROJECT,
        'A total of 72 stakeholders representing government, extractive companies, private security companies and civil society organisations were interviewed for the purposes of this study.',
      ),
      src(S, PROJECT, 'Informed by this study, it was decided in August 2017 to set up a Regional VPs working group in Cusco.'),
    ],
  }),
  workshop('PE-APU', 'Apurímac', 'Apurimac'),
  workshop('PE-ARE', 'Arequipa', 'Arequipa'),
  workshop('PE-CUS', 'Cusco', 'Cusco'),
  workshop('PE-PUN', 'Puno', 'Puno'),
  engagement({
    id: 'working-group-set-up-2017-08',
    kind: 'meeting',
    date: '2017-08',
    region: 'PE-CUS',
    // Assumed, not inferred: the note gives a decision and its month, not a meeting, nor who was in the room.
    basis: 'assumed',
    topic: t('Creación del grupo de trabajo regional de los PV en Cusco', 'Setting up the regional VPs working group in Cusco'),
    // The seven members of the Grupo Impulsor, and the observer.
    participants: as('attended', 'produce', 'pnp', 'mmg', 'glencore', 'first-quantum', 'centro-guaman-poma', 'socios-peru', 'mre'),
    outcome: t(
      'Se decidió crear el grupo, con su Grupo Impulsor (el Ministerio de la Producción, que asumirá la coordinación, la PNP, MMG, Glencore, First Quantum, el Centro Guamán Poma y Socios Perú) y la Cancillería como observadora. La fuente da la decisión y su mes; que se tomara en una reunión de estos actores es un supuesto.',
      'The group was set up, with its Grupo Impulsor (the Ministry of Production, which will take on the coordination, the PNP, MMG, Glencore, First Quantum, Centro Guamán Poma and Socios Perú) and the Ministry of Foreign Affairs as observer. The note gives the decision and its month; that it was taken at a meeting of these actors is an assumption.',
    ),
    sources: [
      src(S, PROJECT, 'Informed by this study, it was decided in August 2017 to set up a Regional VPs working group in Cusco.'),
      GRUPO_IMPULSOR,
      src(S, PROJECT, 'The Ministry of Foreign Affairs participated as an observer.'),
    ],
  }),
  capacityBuilding('09', 'setiembre', 'September'),
  capacityBuilding('11', 'noviembre', 'November'),
  capacityBuilding('12', 'diciembre', 'December'),
  engagement({
    // "At the end of 2017": the year is all the date the note gives.
    id: 'workplan-adoption-2017',
    kind: 'meeting',
    date: '2017',
    region: 'PE-CUS',
    basis: 'inferred',
    topic: t('El plan de trabajo del grupo para 2018', 'The group’s workplan for 2018'),
    participants: as('convened', 'cusco-working-group'),
    outcome: t(
      'El grupo adoptó un plan de trabajo para 2018 «a fines de 2017» (la fuente no da el mes). Que lo adoptara en una reunión es una inferencia; la fuente no dice qué miembros estuvieron.',
      'The group adopted a workplan for 2018 "at the end of 2017" (the note gives no month). That it did so at a meeting is an inference; the note does not say which members were there.',
    ),
    sources: [WORKPLAN],
  }),
];

export const commitments = [
  commitment({
    // No due date: the note gives the year the plan covers and nothing after it, so a due date would show the plan
    // "overdue" for want of news, which no source says.
    id: 'workplan-2018',
    what: t('Llevar a cabo el plan de trabajo del grupo para 2018', 'Carry out the group’s workplan for 2018'),
    by: ['cusco-working-group'],
    engagement: 'workplan-adoption-2017',
    made: '2017',
    evidence: t(
      'Adoptado a fines de 2017. La fuente no registra su avance; en el momento del informe, el grupo realiza actividades de difusión para sumar empresas extractivas, representantes del gobierno y organizaciones de la sociedad civil.',
      'Adopted at the end of 2017. The note records no progress on it; at the time of the report the group is carrying out outreach to engage additional extractive companies, government representatives and civil society organisations.',
    ),
    sources: [
      src(
        S,
        'Results',
        'At the end of 2017, the Regional VPs working group adopted a workplan for 2018, and is carrying out outreach activities to engage additional extractive companies, government representatives and civil society organisations.',
      ),
    ],
  }),
  commitment({
    id: 'extension-2018',
    what: t(
      'Extender el proyecto cuatro meses más en 2018, con fondos de Suiza: sumar actores, nuevas actividades y aportes financieros o en especie de los miembros del grupo',
      'Extend the project by a further four months in 2018, with funding from Switzerland: more stakeholders, new activities, and financial or in-kind contributions from Group members',
    ),
    by: ['dcaf'],
    to: ['cusco-working-group'],
    evidence: t(
      'DCAF consiguió los fondos de Suiza. La fuente no dice cuándo ni registra la extensión realizada.',
      'DCAF secured the funding from Switzerland. The note says neither when nor records the extension carried out.',
    ),
    sources: [
      src(S, 'Results', 'Since the group was established only in August 2017, additional support was required'),
      src(
        S,
        'Results',
        'DCAF was able to secure funding from Switzerland to extend the project by a further four months in 2018 to enable the participation of additional stakeholders, allow the implementation of new activities, and encourage financial or in-kind contributions from Group members.',
      ),
    ],
  }),
];

export const incidents = [];
