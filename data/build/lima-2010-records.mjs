// What the 2010 feasibility study (seed 000) says happened, as engagement
// records: its interviews in two rounds (Lima and Bogotá, January–March 2010)
// and the round table of 25 February 2010. Participants are the institutions
// of Annex 3 and Annex 4, by the ids of lima-2010.mjs.
//
// No commitment: chapter V is "work plan suggestions", which nobody in the
// seed promises to carry out. No incident: the emblematic cases of chapter III
// (Yanacocha, Río Blanco) are not dated, and an incident needs a date; they
// stay conflict ties.
import { SEED_2010 as S, as, engagement, src, t } from './common.mjs';

const METHOD = 'II Study Method';
const PERIOD = src(S, METHOD, 'The exploratory study was carried out throughout January and March 2010.');
const AUTHORS = src(
  S,
  'I Introduction',
  'the Colombian process has motivated International Alert and Socios Peru to explore the feasibility of implementing a similar process in Peru. … both organisations decided to carry out this study',
);
const INTERVIEWS = src(
  S,
  METHOD,
  '35 interviews were carried out in total, out of which eight were in Colombia (Annex 3 lists the interviewees in both countries).',
);
/** The study's two authors carried out its interviews and organised its forum. */
const studyTeam = as('convened', 'international-alert', 'socios-peru');

/** Annex 3, Peru: rows 1–29, "4" twice (the ids of lima-2010.mjs, in the annex's order). */
// prettier-ignore
const INTERVIEWED_IN_PERU = [
  'minem', 'minam', 'mef', 'pcm-conflicts', 'las-bambas', 'sodexo', 'gestora-de-negocios', 'amrop-hever', 'antamina',
  'yanacocha', 'quellaveco', 'buenaventura', 'amnesty-international', 'idehpucp', 'cooperaccion', 'spda', 'sase', 'pucp',
  'pucp-law', 'grupo-dialogo-mineria', 'ceas', 'red-muqui', 'peru-2021', 'oxfam', 'desco', 'aprodeh', 'security-consultant',
  'uk-government', 'gtz', 'us-government',
];
/** Annex 3, Bogotá: rows 30–37. */
// prettier-ignore
const INTERVIEWED_IN_BOGOTA = [
  'ideas-para-la-paz', 'colombian-petroleum-association', 'colombia-mining-energy-committee',
  'colombia-infrastructure-protection', 'indepaz', 'colombia-human-rights-program', 'cerrejon', 'rio-tinto',
];
/** Annex 4 rows 1–14: every participant but the study's two authors (rows 15–20). */
// prettier-ignore
const AT_THE_ROUND_TABLE = [
  'yanacocha', 'quellaveco', 'us-government', 'uk-government', 'mininter', 'mimdes', 'defensoria', 'peru-2021', 'conveagro',
  'pucp', 'ceas', 'innovapuc', 'oxfam',
];

export const engagements = [
  engagement({
    id: 'interviews-2010-lima',
    kind: 'interview',
    date: '2010-01',
    until: '2010-03',
    region: 'PE-LMA',
    topic: t(
      'Entrevistas del estudio de factibilidad de los PV con empresas, Estado y sociedad civil (guías de entrevista del Anexo 2)',
      'VPs feasibility-study interviews with companies, State and civil society (interview guidelines of Annex 2)',
    ),
    participants: [...studyTeam, ...as('attended', ...INTERVIEWED_IN_PERU)],
    outcome: t(
      'Las percepciones y opiniones que recogen los hallazgos del estudio (capítulo IV). 35 entrevistas en total, 27 de ellas en el Perú; el Anexo 3 lista 30 instituciones peruanas.',
      'The perceptions and opinions the study’s findings report (chapter IV). 35 interviews in all, 27 of them in Peru; Annex 3 lists 30 Peruvian institutions.',
    ),
    sources: [
      PERIOD,
      INTERVIEWS,
      src(
        S,
        METHOD,
        'The information was gathered based on interview guidelines for the three main stakeholder groups: companies, state officials and civil society organisations',
      ),
      src(
        S,
        'IV Findings (introduction)',
        'Stakeholders interviewed in Lima are and will be vital for the development of an in-country implementation strategy in Peru',
      ),
      AUTHORS,
      src(S, 'Annex 3 (Interviewees), rows 1–29'),
    ],
  }),
  engagement({
    id: 'interviews-2010-bogota',
    kind: 'interview',
    date: '2010-01',
    until: '2010-03',
    region: 'CO-DC',
    topic: t(
      'Entrevistas en Bogotá sobre la experiencia colombiana de aplicación de los PV',
      'Interviews in Bogotá on Colombia’s experience of implementing the VPs',
    ),
    participants: [...studyTeam, ...as('attended', ...INTERVIEWED_IN_BOGOTA)],
    outcome: t(
      'Ocho entrevistas: información sobre las particularidades del proceso colombiano y las motivaciones políticas y empresariales para participar.',
      'Eight interviews: information on the particularities of the Colombian process and the political and business motivations for engagement.',
    ),
    sources: [
      PERIOD,
      INTERVIEWS,
      src(
        S,
        METHOD,
        "Colombia's leadership in VPs implementation in the region provided valuable information that allowed a better grasp of the particularities of the process in the country as well as the political and business motivations for engagement.",
      ),
      src(
        S,
        'IV Findings (introduction)',
        'Bogota-based interviewees carry importance due to their years-long experience of implementing or accompanying the implementation process of the VPs in Colombia.',
      ),
      AUTHORS,
      src(S, 'Annex 3 (Interviewees), rows 30–37'),
    ],
  }),
  engagement({
    id: 'round-table-2010-02-25',
    kind: 'round_table',
    date: '2010-02-25',
    topic: t(
      'La experiencia colombiana, presentada por International Alert, y un resumen de los principales hallazgos del estudio en el Perú',
      'The Colombian experience, presented by International Alert, and a summary of the study’s main findings in Peru',
    ),
    participants: [...studyTeam, ...as('attended', ...AT_THE_ROUND_TABLE)],
    outcome: t(
      'Un debate entre los 20 participantes y posibles caminos de acción para aplicar los PV en el Perú; expresaron sus ideas, expectativas y preocupaciones.',
      'A debate among the 20 participants and possible paths of action for implementing the VPs in Peru; they expressed their ideas, expectations and concerns.',
    ),
    sources: [
      src(S, 'Annex 4 (Round Table 25-2-2010)', 'Round Table (25-2-2010)'),
      src(
        S,
        METHOD,
        'a discussion forum was organised in Peru, which gathered 20 representatives from the different sectors (Annex 4 shows the list of participants in the forum).',
      ),
      src(
        S,
        METHOD,
        'This forum allowed participants to express their ideas, expectations and concerns regarding the possibility of having the VPs process in the country.',
      ),
      src(
        S,
        METHOD,
        "The discussion forum had two points on the agenda: a) the presentation of the Colombian experience by International Alert, and b) a summary of the feasibility study's main findings in Peru.",
      ),
      src(
        S,
        METHOD,
        'Both presentations were successful in motivating a debate among the participants and in identifying possible paths of action regarding the implementation of VPs in Peru.',
      ),
      AUTHORS,
      src(S, 'Annex 4 (Round Table 25-2-2010), rows 1–20'),
    ],
  }),
];

export const commitments = [];
export const incidents = [];
