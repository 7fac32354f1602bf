// The Macro Sur regional network, 2017, transcribed from the SHRIM project
// note (seed 001): the Cusco regional VPs working group, its Grupo Impulsor,
// the observer, the funders and the toolkit authors. Actors present in the
// Lima network keep its ids (socios-peru, pnp).
import { SEED_2017 as S, SEED_2017_TITLE, actor, checkRecords, src, t, tie } from './common.mjs';
import { commitments, engagements, incidents } from './macro-sur-2017-records.mjs';

const PROJECT = 'The Project';
const GRUPO_IMPULSOR = src(
  S,
  PROJECT,
  'The initial core constituency group (Grupo Impulsor) consists of regional representatives of the Ministry of Production (which will take on the role of group coordinator), the Peruvian National Police, three mining companies (MMG, Glencore and First Quantum), and two civil society organisations (Centro Guamán Poma and Socios Perú).',
);
const FOOTNOTE = src(
  S,
  'Footnote 1',
  'a tool ("10 steps to promote the Voluntary Principles on Security and Human Rights: the Peruvian Working Group Model") developed by Socios Perú, with the support of DCAF and ICRC.',
);
const FUNDING_2018 = src(S, 'Results', 'DCAF was able to secure funding from Switzerland to extend the project by a further four months in 2018');
const cusco = { country: 'PE', region: 'PE-CUS', level: 'regional' };
/** A Grupo Impulsor member: its country (Peru) and region (Cusco) are read from its seat in the Cusco group, which the seed gives, not its own. */
const member = { engagement: 'member', fieldBasis: { engagement: 'documented', country: 'inferred', region: 'inferred' } };

export const actors = [
  actor({
    id: 'cusco-working-group', name: t('Grupo de Trabajo Regional de los PV, Cusco (Grupo Impulsor)', 'Regional VPs Working Group, Cusco (Grupo Impulsor)'), shortName: t('Grupo Impulsor Cusco', 'Grupo Impulsor Cusco'),
    aliases: ['Grupo Impulsor', 'Regional VPs working group', 'Grupo de Trabajo Regional de los PV'],
    sector: 'platform', ...cusco,
    notes: t('Creado en agosto de 2017; adoptó un plan de trabajo para 2018; priorizó los conflictos sociales, el diálogo, la prevención y la capacitación en seguridad y derechos humanos.', 'Set up in August 2017; adopted a 2018 workplan; prioritised social conflicts, dialogue, prevention and training on security and human rights.'),
    sources: [src(S, PROJECT, 'it was decided in August 2017 to set up a Regional VPs working group in Cusco.'), src(S, 'Results', 'At the end of 2017, the Regional VPs working group adopted a workplan for 2018'), src(S, PROJECT, 'Prioritized work topics were social conflicts, dialogue, prevention, and training on security and human rights.')],
  }),
  actor({
    id: 'produce', name: t('Ministerio de la Producción (representantes regionales)', 'Ministry of Production (regional representatives)'), shortName: t('PRODUCE', 'PRODUCE'), aliases: ['Ministerio de la Producción', 'Ministry of Production'],
    sector: 'state', ...cusco, ...member, tags: ['coordinator'],
    notes: t('Asumirá el rol de coordinador del grupo.', 'Will take on the role of group coordinator.'), sources: [GRUPO_IMPULSOR],
  }),
  actor({
    id: 'pnp', name: t('Policía Nacional del Perú', 'Peruvian National Police'), shortName: t('PNP', 'PNP'), aliases: ['Policía Nacional del Perú', 'National Police'],
    sector: 'security_forces', ...cusco, ...member, fieldBasis: { ...member.fieldBasis, country: 'documented' },
    notes: t('Representantes regionales en el Grupo Impulsor; 83 policías participaron en los eventos de fortalecimiento de capacidades.', 'Regional representatives in the Grupo Impulsor; 83 police officers took part in the capacity-building events.'),
    sources: [GRUPO_IMPULSOR, src(S, PROJECT, '115 regional stakeholders participated in the event, including 83 police officers.')],
  }),
  actor({ id: 'mmg', name: t('MMG', 'MMG'), aliases: ['MMG Limited'], sector: 'company', ...cusco, ...member, sources: [GRUPO_IMPULSOR] }),
  actor({ id: 'glencore', name: t('Glencore', 'Glencore'), sector: 'company', ...cusco, ...member, sources: [GRUPO_IMPULSOR] }),
  actor({ id: 'first-quantum', name: t('First Quantum', 'First Quantum'), aliases: ['First Quantum Minerals'], sector: 'company', ...cusco, ...member, sources: [GRUPO_IMPULSOR] }),
  actor({
    id: 'centro-guaman-poma', name: t('Centro Guamán Poma', 'Centro Guamán Poma'), aliases: ['Centro Guamán Poma de Ayala', 'Guamán Poma'],
    sector: 'civil_society', ...cusco, ...member, sources: [GRUPO_IMPULSOR],
  }),
  actor({
    id: 'socios-peru', name: t('Socios Perú', 'Socios Perú'), aliases: ['Socios Peru'],
    sector: 'civil_society', country: 'PE', region: 'PE-LMA', level: 'national',
    vpKnowledge: 3, vpStatus: 'member', engagement: 'member',
    fieldBasis: { vpStatus: 'documented', vpKnowledge: 'inferred', engagement: 'documented', region: 'inferred' },
    tags: ['coordinator'],
    notes: t('ONG especializada y miembro de los PV; coordina el grupo de trabajo nacional; realizó el estudio Macro Sur 2017; miembro del Grupo Impulsor.', 'A specialist NGO and VPs member; coordinates the national working group; carried out the 2017 Macro Sur study; member of the Grupo Impulsor.'),
    sources: [
      src(S, 'Background', 'a national VPs Working Group in Lima in 2010, coordinated by Socios Perú, a specialist NGO in this field that is a VPs member.'),
      GRUPO_IMPULSOR,
      src(S, PROJECT, 'From February to June 2017, Socios Peru undertook an extensive research process in the Macro Sur mining region of Peru'),
    ],
  }),
  actor({
    id: 'mre', name: t('Ministerio de Relaciones Exteriores', 'Ministry of Foreign Affairs'), shortName: t('Cancillería', 'MRE'), aliases: ['Ministerio de Relaciones Exteriores', 'Cancillería'],
    sector: 'state', country: 'PE', level: 'national', engagement: 'interested', fieldBasis: { engagement: 'inferred' },
    notes: t('Participó como observador.', 'Participated as an observer.'), sources: [src(S, PROJECT, 'The Ministry of Foreign Affairs participated as an observer.')],
  }),
  actor({
    id: 'dcaf', name: t('DCAF – Centro de Ginebra para la Gobernanza del Sector de Seguridad', 'DCAF – Geneva Centre for Security Sector Governance'), shortName: t('DCAF', 'DCAF'),
    sector: 'international_org', country: 'CH', level: 'international', engagement: 'committed',
    fieldBasis: { engagement: 'inferred', country: 'assumed' },
    notes: t('El kit de herramientas DCAF-CICR lleva su nombre; apoyó la herramienta de Socios Perú; consiguió fondos suizos para extender el proyecto en 2018. La fuente no da su país (Suiza, su sede, es un supuesto).', 'The DCAF-ICRC Toolkit bears its name; supported the Socios Perú tool; secured Swiss funding to extend the project in 2018. The seed gives no country (Switzerland, its seat, is an assumption).'),
    sources: [FOOTNOTE, FUNDING_2018, src(S, PROJECT, 'familiarise them with the VPs and the DCAF-ICRC Toolkit')],
  }),
  actor({
    id: 'icrc', name: t('Comité Internacional de la Cruz Roja', 'International Committee of the Red Cross'), shortName: t('CICR', 'ICRC'), aliases: ['CICR', 'Comité Internacional de la Cruz Roja'],
    sector: 'international_org', country: 'CH', level: 'international', fieldBasis: { country: 'assumed' },
    notes: t('El kit de herramientas DCAF-CICR lleva su nombre; apoyó la herramienta de Socios Perú. La fuente no da su país (Suiza, su sede, es un supuesto).', 'The DCAF-ICRC Toolkit bears its name; supported the Socios Perú tool. The seed gives no country (Switzerland, its seat, is an assumption).'),
    sources: [FOOTNOTE, src(S, PROJECT, 'the DCAF-ICRC Toolkit')],
  }),
  actor({
    id: 'switzerland-government', name: t('Gobierno de Suiza', 'Government of Switzerland'), shortName: t('Suiza', 'Switzerland'), aliases: ['Suiza', 'Swiss government'],
    sector: 'foreign_government', country: 'CH', level: 'international', sources: [FUNDING_2018],
  }),
  actor({
    id: 'shrim', name: t('Mecanismo de Implementación de Seguridad y Derechos Humanos', 'Security and Human Rights Implementation Mechanism'), shortName: t('SHRIM', 'SHRIM'),
    sector: 'international_org', level: 'international', fieldBasis: { sector: 'assumed' },
    notes: t('Apoyó el proyecto piloto de 2017. La fuente solo dice «SHRIM»: el nombre completo y el sector se saben por fuera de ella.', 'Supported the 2017 pilot project. The seed says only "SHRIM": its full name and sector are outside knowledge.'),
    sources: [src(S, 'SHRIM Support', 'In 2017, the SHRIM supported a pilot project to create a regional VPs Working Group in the Macro Sur region of Peru.')],
  }),
  actor({
    id: 'lima-national-working-group', name: t('Grupo de Trabajo Nacional de los PV (Lima)', 'National VPs Working Group (Lima)'), shortName: t('Grupo de trabajo nacional', 'National working group'),
    aliases: ['Grupo de Trabajo Nacional de los PV', 'Peruvian Working Group'],
    sector: 'platform', country: 'PE', region: 'PE-LMA', level: 'national',
    notes: t('Formado en Lima en 2010; creó un espacio de diálogo de confianza; el modelo que seguirían los grupos regionales.', 'Formed in Lima in 2010; created a trusted space for dialogue; the model the regional groups would follow.'),
    sources: [src(S, 'Background', 'These institutions, together with relevant state entities, formed a national VPs Working Group in Lima in 2010, coordinated by Socios Perú'), src(S, 'Background', 'One of the main achievements of the Group has been the creation of a trusted space for dialogue between different actors.'), src(S, 'Background', 'These regional working groups would follow the model of the national working group')],
  }),
  actor({
    id: 'cusco-capacity-building-2017', name: t('Eventos de fortalecimiento de capacidades, set.–dic. 2017', 'Capacity-building events, Sep–Dec 2017'), shortName: t('Capacitación 2017', 'Capacity building 2017'),
    aliases: ['Eventos de fortalecimiento de capacidades 2017'], sector: 'platform', ...cusco, tags: ['event'],
    fieldBasis: { region: 'assumed' },
    notes: t('Eventos en setiembre, noviembre y diciembre de 2017 con 115 actores regionales, 83 de ellos policías; presentaron el nuevo grupo de Cusco a los actores regionales. La fuente no dice dónde se hicieron ni quién los organizó: la región (Cusco, la del grupo) es un supuesto.', 'Events in September, November and December 2017 with 115 regional stakeholders, 83 of them police officers; they introduced the newly established Cusco group to regional stakeholders. The seed says neither where they were held nor who organised them: the region (Cusco, the group’s) is an assumption.'),
    sources: [
      src(S, PROJECT, 'Capacity building events were organised in September, November and December 2017. 115 regional stakeholders participated in the event, including 83 police officers.'),
      src(S, PROJECT, 'The event provided the opportunity to introduce the newly established Group to regional stakeholders, familiarise them with the VPs and the DCAF-ICRC Toolkit'),
    ],
  }),
  actor({
    id: 'macro-sur-study-2017', name: t('Estudio Macro Sur 2017 (Socios Perú)', 'Macro Sur study 2017 (Socios Perú)'), shortName: t('Estudio Macro Sur 2017', 'Macro Sur study 2017'),
    aliases: ['Estudio Macro Sur 2017'], sector: 'platform', country: 'PE', level: 'regional', tags: ['event'],
    notes: t('Investigación de febrero a junio de 2017 en Apurímac, Arequipa, Cusco y Puno: 72 actores entrevistados y un taller en cada región.', 'Research from February to June 2017 in Apurímac, Arequipa, Cusco and Puno: 72 stakeholders interviewed and a workshop in each region.'),
    sources: [src(S, PROJECT, 'A total of 72 stakeholders representing government, extractive companies, private security companies and civil society organisations were interviewed for the purposes of this study. Additionally, workshops were organized in each of the regions')],
  }),
];

const grupoImpulsor = ['produce', 'pnp', 'mmg', 'glencore', 'first-quantum', 'centro-guaman-poma', 'socios-peru'].map((id) =>
  tie({
    id: `grupo-impulsor--${id}`, source: id, target: 'cusco-working-group', type: 'membership', since: '2017-08',
    notes: id === 'produce' ? t('Miembro; asumirá la coordinación del grupo.', 'Member; will take on the role of group coordinator.') : t('Miembro del Grupo Impulsor.', 'Member of the Grupo Impulsor.'), sources: [GRUPO_IMPULSOR],
  }),
);

export const ties = [
  ...grupoImpulsor,
  tie({
    source: 'produce', target: 'cusco-working-group', type: 'coordination', since: '2017-08',
    notes: t('Asumirá el rol de coordinador del grupo (la fuente lo dice en futuro).', 'Will take on the role of group coordinator (the seed says so in the future tense).'), sources: [GRUPO_IMPULSOR],
  }),
  tie({
    id: 'observer--mre', source: 'mre', target: 'cusco-working-group', type: 'membership', since: '2017',
    notes: t('Participó como observador.', 'Participated as an observer.'), sources: [src(S, PROJECT, 'The Ministry of Foreign Affairs participated as an observer.')],
  }),
  tie({
    source: 'socios-peru', target: 'lima-national-working-group', type: 'coordination', since: '2010',
    sources: [src(S, 'Background', 'a national VPs Working Group in Lima in 2010, coordinated by Socios Perú')],
  }),
  tie({
    source: 'socios-peru', target: 'macro-sur-study-2017', type: 'membership', since: '2017-02', until: '2017-06',
    notes: t('Realizó la investigación.', 'Undertook the research.'), sources: [src(S, PROJECT, 'From February to June 2017, Socios Peru undertook an extensive research process')],
  }),
  tie({
    source: 'lima-national-working-group', target: 'cusco-working-group', type: 'information', basis: 'inferred',
    notes: t('Los grupos regionales seguirían el modelo nacional y se apoyarían en sus lecciones.', 'The regional groups would follow the national model and build on its lessons.'),
    sources: [src(S, 'Background', 'These regional working groups would follow the model of the national working group building on the lessons learned and political will generated at the national level')],
  }),
  tie({
    source: 'socios-peru', target: 'dcaf', type: 'collaboration', sources: [FOOTNOTE],
    notes: t('La herramienta de los «10 pasos», desarrollada por Socios Perú con el apoyo de DCAF.', 'The "10 steps" tool, developed by Socios Perú with the support of DCAF.'),
  }),
  tie({
    source: 'socios-peru', target: 'icrc', type: 'collaboration', sources: [FOOTNOTE],
    notes: t('La herramienta de los «10 pasos», desarrollada por Socios Perú con el apoyo del CICR.', 'The "10 steps" tool, developed by Socios Perú with the support of ICRC.'),
  }),
  tie({
    source: 'dcaf', target: 'icrc', type: 'collaboration', basis: 'inferred',
    notes: t('El kit de herramientas DCAF-CICR lleva el nombre de ambos; que sean sus autores conjuntos se infiere del nombre.', 'The DCAF-ICRC Toolkit bears both names; that they are its joint authors is read from the name.'),
    sources: [src(S, PROJECT, 'the DCAF-ICRC Toolkit')],
  }),
  tie({
    source: 'switzerland-government', target: 'dcaf', type: 'funding', since: '2018', notes: t('Financiamiento para extender el proyecto cuatro meses en 2018.', 'Funding to extend the project by four months in 2018.'),
    sources: [FUNDING_2018],
  }),
  tie({
    source: 'dcaf', target: 'cusco-working-group', type: 'funding', since: '2018', basis: 'inferred',
    notes: t('La extensión financia la participación de más actores y nuevas actividades del grupo.', 'The extension funds the participation of additional stakeholders and new activities of the group.'),
    sources: [src(S, 'Results', 'to extend the project by a further four months in 2018 to enable the participation of additional stakeholders, allow the implementation of new activities')],
  }),
  tie({
    source: 'shrim', target: 'macro-sur-study-2017', type: 'funding', since: '2017', basis: 'inferred',
    notes: t('El SHRIM apoyó el proyecto piloto, que empezó con el estudio de factibilidad.', 'SHRIM supported the pilot project, which began with the feasibility study.'),
    sources: [src(S, 'SHRIM Support', 'In 2017, the SHRIM supported a pilot project … Following an initial feasibility study')],
  }),
  tie({
    source: 'shrim', target: 'cusco-working-group', type: 'funding', since: '2017', basis: 'inferred',
    notes: t('El SHRIM apoyó el proyecto piloto que creó el grupo de trabajo regional; la fuente dice «apoyó», no cómo, por eso el financiamiento es una inferencia.', 'SHRIM supported the pilot project that created the regional working group; the seed says "supported", not how, so funding is an inference.'),
    sources: [src(S, 'SHRIM Support', 'the SHRIM supported a pilot project to create a regional VPs Working Group in the Macro Sur region of Peru.')],
  }),
  tie({
    source: 'macro-sur-study-2017', target: 'cusco-working-group', type: 'information', since: '2017-08',
    notes: t('El grupo se creó a partir de los hallazgos del estudio.', 'The group was set up on the study’s findings.'), sources: [src(S, PROJECT, 'Informed by this study, it was decided in August 2017 to set up a Regional VPs working group in Cusco.')],
  }),
  tie({
    source: 'pnp', target: 'cusco-capacity-building-2017', type: 'membership', since: '2017-09',
    notes: t('83 policías entre los 115 participantes.', '83 police officers among the 115 participants.'), sources: [src(S, PROJECT, '115 regional stakeholders participated in the event, including 83 police officers.')],
  }),
];

export const network = checkRecords({
  schemaVersion: 3,
  id: 'macro-sur-2017',
  title: { en: 'Macro Sur regional network (Cusco), 2017', es: 'Red regional Macro Sur (Cusco), 2017' },
  description: {
    en: 'The regional VPs working group set up in Cusco in August 2017: its Grupo Impulsor, the observer, funders and toolkit authors, and the study and events of the SHRIM pilot project. Only what the project note states or implies; no scores are assumed. Records: the 2017 study’s interviews and its workshop in each region, the setting up of the group (August 2017), the three capacity-building events (September, November and December 2017) and the adoption of the 2018 workplan; the workplan and the 2018 extension as commitments, with no due date, which the note does not give. No incidents: the note reports none.',
    es: 'El grupo de trabajo regional de los PV creado en Cusco en agosto de 2017: su Grupo Impulsor, el observador, los financiadores y autores del kit de herramientas, y el estudio y los eventos del proyecto piloto SHRIM. Solo lo que la nota del proyecto afirma o implica; no se suponen valores. Registros: las entrevistas del estudio de 2017 y su taller en cada región, la creación del grupo (agosto de 2017), los tres eventos de fortalecimiento de capacidades (setiembre, noviembre y diciembre de 2017) y la adopción del plan de trabajo para 2018; el plan de trabajo y la extensión de 2018 como compromisos, sin fecha de vencimiento, que la nota no da. Sin incidentes: la nota no informa de ninguno.',
  },
  scope: { en: 'Macro Sur regional 2017 (Apurímac, Arequipa, Cusco, Puno)', es: 'Regional Macro Sur 2017 (Apurímac, Arequipa, Cusco, Puno)' },
  date: '2017-12',
  sources: [{ doc: S, title: SEED_2017_TITLE, locator: 'whole document' }],
  facts: [
    { id: 'stakeholders-interviewed', label: { en: 'Stakeholders interviewed (Feb–Jun 2017)', es: 'Actores entrevistados (feb.–jun. 2017)' }, value: 72, sources: [src(S, PROJECT)] },
    { id: 'event-participants', label: { en: 'Participants in the capacity-building events', es: 'Participantes en los eventos de capacitación' }, value: 115, sources: [src(S, PROJECT)] },
    { id: 'police-participants', label: { en: 'Police officers among them', es: 'Policías entre ellos' }, value: 83, sources: [src(S, PROJECT)] },
    { id: 'capacity-events', label: { en: 'Capacity-building events (Sep, Nov, Dec 2017)', es: 'Eventos de capacitación (set., nov., dic. 2017)' }, value: 3, sources: [src(S, PROJECT)] },
    { id: 'vps-companies-in-peru', label: { en: 'VPs member companies operating in Peru (of 30)', es: 'Empresas miembro de los PV que operan en el Perú (de 30)' }, value: 12, sources: [src(S, 'Background')] },
    { id: 'vps-governments-embassies', label: { en: 'VPs member governments with embassies in Peru', es: 'Gobiernos miembro de los PV con embajada en el Perú' }, value: 10, sources: [src(S, 'Background')] },
    { id: 'extension-months', label: { en: 'Months of project extension in 2018', es: 'Meses de extensión del proyecto en 2018' }, value: 4, sources: [src(S, 'Results')] },
  ],
  actors,
  ties,
  engagements,
  commitments,
  incidents,
});
