// The Lima national network, 2010, transcribed from the feasibility study
// (seed 000). Actors: every institution of Annex 3 (Peru and Bogotá, both rows
// numbered 4 kept), the Annex 4 round-table institutions that Annex 3 lacks,
// and the institutions the text names as actors. Ties: only what the text
// supports. Participation (being interviewed, attending the round table) is a
// tie to a platform actor standing for the study or the event.
import { SEED_2010 as S, SEED_2010_TITLE, actor, checkRecords, people, src, t, tie } from './common.mjs';
import { commitments, engagements, incidents } from './lima-2010-records.mjs';

const A3 = (row) => src(S, `Annex 3 (Interviewees), row ${row}`);
const A4 = (rows) => src(S, `Annex 4 (Round Table 25-2-2010), ${rows.includes('–') || rows.includes(',') ? 'rows' : 'row'} ${rows}`);

// Findings that set actor attributes, quoted once and reused.
const KNOWLEDGE_COMPANIES = src(
  S,
  'IV.a Knowledge of the VPs',
  'Employees of companies operating in Peru (frequently with HQs outside of Peru), such as Antamina (BHP Billiton), Yanacocha (Newmont), Quellaveco (Anglo American) and Las Bambas (Xstrata Copper), have been involved in the implementation of the VPs in their companies for a number of years.',
);
const KNOWLEDGE_PRIVATE = src(S, 'IV.a Knowledge of the VPs', 'The private sector demonstrated the most extensive knowledge of the Voluntary Principles.');
const KNOWLEDGE_LOW = src(
  S,
  'IV.a Knowledge of the VPs',
  'Among civil society organisations and state representatives there is a limited awareness of the VPs, usually associated with corporate social responsibility.',
);
const KNOWLEDGE_BOGOTA = src(
  S,
  'IV Findings (introduction)',
  'Bogota-based interviewees carry importance due to their years-long experience of implementing or accompanying the implementation process of the VPs in Colombia.',
);
const STATE_INTEREST = src(S, 'IV.b Relevance and importance', 'State representatives also expressed an interest in the VPs');
const OFFERED_SUPPORT = src(
  S,
  'IV.f Summary of main findings',
  'The companies that have been working on the VPs so far (Anglo American, Antamina, Yanacocha), as well as NGO representatives (Perú 2021, Muqui Network, Mining Dialogue Group) and the UK and US governments have expressed their interest and offered their support for the VPs implementation process in Peru.',
);
const ILLUSTRATIVE = t(
  'La influencia es un valor ilustrativo para que el facilitador lo reemplace; la fuente no la califica.',
  'Influence is an illustrative value for a facilitator to replace; the seed does not rate it.',
);

/** Low VP knowledge of a Peruvian state or civil-society actor (finding IV.a). */
const lowKnowledge = { vpKnowledge: 1 };
/** Extensive VP knowledge of an extractive company (finding IV.a). */
const highKnowledge = { vpKnowledge: 3 };
/** Interest and support offered (finding IV.f): supportive (+1), not a champion, which the words do not say. */
const supporter = { vpInterest: 3, stance: 1, engagement: 'interested' };

/** An actor whose scores other than influence are inferred from the findings and whose influence is assumed. */
function scored(fields) {
  const fieldBasis = { ...(fields.fieldBasis ?? {}) };
  const capacityBasisGiven = ['technical', 'humanRights', 'conflictPrevention', 'impartiality'].some((key) => key in fieldBasis);
  for (const key of ['vpKnowledge', 'vpInterest', 'stance', 'engagement', 'vpStatus', ...(capacityBasisGiven ? [] : ['capacities'])]) {
    const value = fields[key];
    const given = key === 'capacities' ? value && Object.keys(value).length > 0 : value !== undefined && value !== null;
    if (given && !fieldBasis[key]) fieldBasis[key] = 'inferred';
  }
  if (fields.influence !== undefined && !fieldBasis.influence) fieldBasis.influence = 'assumed';
  // Peruvian national bodies sit in Lima, where the study consulted them ("consulted in Lima and Bogota", II).
  if (fields.region === 'PE-LMA' && !fieldBasis.region) fieldBasis.region = 'inferred';
  const join = (lang) => [fields.notes?.[lang], ILLUSTRATIVE[lang]].filter(Boolean).join(' ');
  const notes = fields.influence !== undefined ? t(join('es'), join('en')) : fields.notes;
  return actor({ ...fields, notes, fieldBasis });
}

const peru = { country: 'PE', region: 'PE-LMA', level: 'national' };
const bogota = { country: 'CO', region: 'CO-DC', level: 'national' };

export const actors = [
  // ── Annex 3, State representatives ──────────────────────────────────────
  scored({
    id: 'minem', name: t('Ministerio de Energía y Minas', 'Ministry of Energy and Mines'), shortName: t('MINEM', 'MINEM'), aliases: ['Ministerio de Energía y Minas', 'Mining and Energy Ministry'],
    sector: 'state', ...peru, influence: 5, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('interviewee', 'Eddy Ormeño'), tags: ['interviewed-2010'],
    notes: t('Tiene un área de gestión social que promueve el diálogo entre empresas y comunidades.', 'Has a social management area that promotes dialogue between companies and communities.'),
    sources: [A3(1), src(S, 'IV.c Key actors', 'The Mining and Energy Ministry has a social management area whose objective is to promote dialogue between companies and communities and follow up on negotiation processes.'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'minam', name: t('Ministerio del Ambiente', 'Ministry of Environment'), shortName: t('MINAM', 'MINAM'), aliases: ['Ministerio del Ambiente'],
    sector: 'state', ...peru, influence: 3, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('interviewee', 'César Ipenza'), tags: ['interviewed-2010'],
    sources: [A3(2), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'mef', name: t('Ministerio de Economía y Finanzas', 'Ministry of Economy and Finance'), shortName: t('MEF', 'MEF'), aliases: ['Ministry of Economy', 'Ministerio de Economía y Finanzas'],
    sector: 'state', ...peru, influence: 4, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('interviewee', 'Víctor Caballero'), tags: ['interviewed-2010'],
    sources: [A3(3), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'pcm-conflicts', name: t('Oficina de Gestión de Conflictos Sociales de la Presidencia del Consejo de Ministros', 'Office for Management of Social Conflicts – Presidency of the Council of Ministers'), shortName: t('PCM – OGCS', 'PCM – OGCS'),
    aliases: ['Presidencia del Consejo de Ministros', 'Council of Ministers', 'PCM'],
    sector: 'state', ...peru, influence: 4, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('interviewee', 'Ronald Ibarra'), tags: ['interviewed-2010'],
    notes: t('Área especializada en resolución de conflictos; proyecto para capacitar a representantes del Estado y líderes sociales en resolución de conflictos.', 'Specialised conflict-resolution area; a project to train state representatives and social leaders in conflict resolution.'),
    sources: [A3(4), src(S, 'IV.c Key actors', 'the Council of Ministers, which has a specialised conflict resolution area and it currently has a project to train state representatives and social leaders in conflict resolution.'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),

  // ── Annex 3, Company representatives (the second row numbered 4 onward) ──
  scored({
    id: 'las-bambas', name: t('Las Bambas (Xstrata Copper)', 'Las Bambas (Xstrata Copper)'), shortName: t('Las Bambas', 'Las Bambas'), aliases: ['Xstrata - Las Bambas'],
    sector: 'company', country: 'PE', region: 'PE-APU', level: 'regional', influence: 4, ...highKnowledge, engagement: 'aware',
    fieldBasis: { region: 'assumed' },
    contacts: people('interviewee', 'Oscar Delgado'), tags: ['interviewed-2010'],
    notes: t('El Anexo 3 numera esta fila «4» por segunda vez; se conservan ambas filas. La región (Apurímac, donde está el proyecto) no figura en la fuente.', 'Annex 3 numbers this row "4" a second time; both rows are kept. The region (Apurímac, where the project lies) is not stated in the seed.'),
    sources: [A3('4 (second row numbered 4)'), KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'sodexo', name: t('Sodexo', 'Sodexo'), sector: 'company', ...peru, influence: 2, engagement: 'aware',
    contacts: people('interviewee', 'Enrique Méndez'), tags: ['interviewed-2010'],
    sources: [A3(5)],
  }),
  scored({
    id: 'gestora-de-negocios', name: t('Gestora de Negocios', 'Gestora de Negocios'), sector: 'company', ...peru, influence: 2, engagement: 'aware',
    contacts: people('interviewee', 'Augusto Baertl'), tags: ['interviewed-2010'],
    sources: [A3(6)],
  }),
  scored({
    id: 'amrop-hever', name: t('Amrop Hever Perú', 'Amrop Hever Perú'), sector: 'company', ...peru, influence: 2, engagement: 'aware',
    contacts: people('interviewee', 'Federico Cúneo'), tags: ['interviewed-2010'],
    sources: [A3(7)],
  }),
  scored({
    id: 'antamina', name: t('Compañía Minera Antamina (BHP Billiton)', 'Antamina (BHP Billiton)'), shortName: t('Antamina', 'Antamina'), aliases: ['Compañía Minera Antamina'],
    sector: 'company', country: 'PE', region: 'PE-ANC', level: 'regional', influence: 4, ...highKnowledge, ...supporter,
    fieldBasis: { region: 'assumed' },
    contacts: people('interviewee', 'Gonzalo Quijandría', 'Víctor Gómez'), tags: ['interviewed-2010', 'offered-support'],
    notes: t('La región (Áncash, donde está la mina) no figura en la fuente.', 'The region (Áncash, where the mine lies) is not stated in the seed.'),
    sources: [A3(8), KNOWLEDGE_COMPANIES, OFFERED_SUPPORT],
  }),
  scored({
    id: 'yanacocha', name: t('Minera Yanacocha (Newmont)', 'Yanacocha (Newmont)'), shortName: t('Yanacocha', 'Yanacocha'), aliases: ['Minera Yanacocha', 'Newmont – Yanacocha'],
    sector: 'company', country: 'PE', region: 'PE-CAJ', level: 'regional', influence: 4, ...highKnowledge, ...supporter,
    contacts: people('both', 'Carlos Scerpella'), tags: ['interviewed-2010', 'round-table-2010', 'offered-support'],
    notes: t('Caso emblemático de seguridad: denunciada por presuntamente espiar a actores locales que protestaban en Cajamarca.', 'An emblematic security case: denounced for allegedly spying on local actors protesting in Cajamarca.'),
    sources: [A3(9), A4('1'), KNOWLEDGE_COMPANIES, OFFERED_SUPPORT, src(S, 'III Background', 'The emblematic cases involve Yanacocha Mining Company (Newmont investment) in Cajamarca, which was denounced for allegedly spying on local actors who were protesting against companies abuses')],
  }),
  scored({
    id: 'quellaveco', name: t('Quellaveco (Anglo American)', 'Quellaveco (Anglo American)'), shortName: t('Quellaveco', 'Quellaveco'), aliases: ['Anglo American – Quellaveco'],
    sector: 'company', country: 'PE', region: 'PE-MOQ', level: 'regional', influence: 4, ...highKnowledge, engagement: 'aware',
    fieldBasis: { region: 'assumed' },
    contacts: [...people('both', 'Eduardo Rubio'), ...people('participant', 'Ricardo Morel')],
    tags: ['interviewed-2010', 'round-table-2010'],
    notes: t('La región (Moquegua, donde está el proyecto) no figura en la fuente.', 'The region (Moquegua, where the project lies) is not stated in the seed.'),
    sources: [A3(10), A4('2–3'), KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'buenaventura', name: t('Compañía de Minas Buenaventura', 'Compañía de Minas Buenaventura'), shortName: t('Buenaventura', 'Buenaventura'),
    sector: 'company', ...peru, influence: 4, engagement: 'aware',
    contacts: people('interviewee', 'Alejandro Hermosa'), tags: ['interviewed-2010'],
    notes: t('Empresa minera peruana. El estudio dice que el sector privado es el que más conoce los PV, pero no gradúa a esta empresa: su conocimiento no se evalúa.', 'A Peruvian mining company. The study finds the private sector knows the VPs best but does not grade this company: its VP knowledge is not assessed.'),
    sources: [A3(11), KNOWLEDGE_PRIVATE],
  }),

  // ── Annex 3, Civil society representatives ──────────────────────────────
  scored({
    id: 'amnesty-international', name: t('Amnistía Internacional', 'Amnesty International'), aliases: ['International Amnesty', 'Amnistía Internacional'],
    sector: 'civil_society', ...peru, influence: 3, engagement: 'aware',
    contacts: people('interviewee', 'Silvia Loly'), tags: ['interviewed-2010'],
    notes: t('Su conocimiento de los PV no se evalúa: el hallazgo sobre el escaso conocimiento se refiere a la sociedad civil peruana.', 'Its VP knowledge is not assessed: the finding on limited awareness is about Peruvian civil society.'),
    sources: [A3(12)],
  }),
  scored({
    id: 'idehpucp', name: t('Instituto de Democracia y Derechos Humanos de la PUCP', 'Human Rights Institute of the Catholic University'), shortName: t('IDEHPUCP', 'IDEHPUCP'),
    aliases: ['Human Rights Institute - PUCP', 'Instituto de Democracia y Derechos Humanos de la PUCP'],
    sector: 'academia', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    // "considered a neutral institution by all actors": graded (all actors), so impartiality 3, documented.
    capacities: { impartiality: 3 }, fieldBasis: { impartiality: 'documented' },
    contacts: people('interviewee', 'Salomón Lerner', 'Rocío Villanueva'), tags: ['interviewed-2010', 'neutral'],
    notes: t('Algunos entrevistados lo sugieren para capacitar en derechos humanos y seguridad; «considerado una institución neutral por todos los actores» (hallazgo de imparcialidad).', 'Suggested by interviewees to help with training on human rights and security; "considered a neutral institution by all actors" (a finding on impartiality).'),
    sources: [A3(13), src(S, 'IV.d Step-by-step process', 'one institution that can help with training on human rights and security is the Human Rights Institute of the Catholic University (IDEHPUCP), which has a wide credibility and is considered a neutral institution by all actors.'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'cooperaccion', name: t('CooperAcción', 'CooperAcción'), aliases: ['NGO CooperAccion'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('interviewee', 'José de Echave', 'Juan Carlos Sueiro'), tags: ['interviewed-2010'],
    sources: [A3(14), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'spda', name: t('Sociedad Peruana de Derecho Ambiental', 'Peruvian Society for Environmental Law'), shortName: t('SPDA', 'SPDA'),
    aliases: ['Peruvian Environmental Rights', 'Sociedad Peruana de Derecho Ambiental'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('interviewee', 'Manuel Pulgar Vidal'), tags: ['interviewed-2010'],
    notes: t('El Anexo 3 escribe «Peruvian Environmental Rights»; se lee como la Sociedad Peruana de Derecho Ambiental.', 'Annex 3 writes "Peruvian Environmental Rights"; read as the Sociedad Peruana de Derecho Ambiental.'),
    sources: [A3(15), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'sase', name: t('SASE', 'SASE'), sector: 'civil_society', ...peru, influence: 2, ...lowKnowledge, engagement: 'aware',
    contacts: people('interviewee', 'Baltazar Caravedo'), tags: ['interviewed-2010'],
    sources: [A3(16), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'pucp', name: t('Pontificia Universidad Católica del Perú', 'Pontifical Catholic University of Peru'), shortName: t('PUCP', 'PUCP'),
    aliases: ['Pontificia Universidad Católica del Perú', 'Universidad Católica del Perú'],
    sector: 'academia', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('both', 'Gastón Garatea'), tags: ['interviewed-2010', 'round-table-2010'],
    sources: [A3(17), A4('11'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'pucp-law', name: t('Departamento de Derecho de la PUCP', 'Law Department – PUCP'), aliases: ['Departamento de Derecho PUCP'],
    sector: 'academia', ...peru, influence: 2, ...lowKnowledge, engagement: 'aware',
    contacts: people('interviewee', 'Walter Albán'), tags: ['interviewed-2010'],
    sources: [A3(18), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'grupo-dialogo-mineria', name: t('Grupo de Diálogo, Minería y Desarrollo Sostenible', 'Dialogue Group on Mining and Sustainable Development'), shortName: t('Grupo de Diálogo', 'Dialogue Group'),
    aliases: ['Grupo de Diálogo, Minería y Desarrollo Sostenible', 'Group, “Dialogo, Minería y Desarrollo”', 'Mining Dialogue Group'],
    sector: 'civil_society', ...peru, influence: 3, vpKnowledge: 1, ...supporter,
    contacts: people('interviewee', 'José Luis López'), tags: ['interviewed-2010', 'offered-support', 'existing-space'],
    notes: t('Nombrado como espacio existente que agrupa a actores relevantes, donde podría coordinarse la información sobre los PV.', 'Named as an existing space that groups relevant actors, where information on the VPs could be coordinated.'),
    sources: [A3(19), OFFERED_SUPPORT, src(S, 'IV.d Step-by-step process', 'existing scenarios that group relevant or potentially interested actors such as the business NGO “Peru 2021”, the National Mining, Oil and Energy Society, Muqui Network (network of catholic organisations), the Dialogue Group on Mining and Sustainable Development'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'ceas', name: t('Comisión Episcopal de Acción Social', 'Episcopal Commission for Social Action'), shortName: t('CEAS', 'CEAS'), aliases: ['Comisión Episcopal de Acción Social'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: [...people('interviewee', 'Humberto Ortiz'), ...people('both', 'Julia Huari')],
    tags: ['interviewed-2010', 'round-table-2010', 'church'],
    sources: [A3(20), A4('12'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'red-muqui', name: t('Red Muqui', 'Muqui Network'), aliases: ['Muqui Network'],
    sector: 'civil_society', ...peru, influence: 3, vpKnowledge: 1, ...supporter,
    contacts: people('interviewee', 'Ana Leyva'), tags: ['interviewed-2010', 'offered-support', 'church', 'existing-space'],
    notes: t('Red de organizaciones católicas; nombrada como espacio existente para coordinar información sobre los PV.', 'A network of Catholic organisations; named as an existing space for coordinating information on the VPs.'),
    sources: [A3(21), OFFERED_SUPPORT, src(S, 'IV.d Step-by-step process', 'Muqui Network (network of catholic organisations)'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'peru-2021', name: t('Perú 2021', 'Perú 2021'), aliases: ['Peru 2021', 'NGO Perú 2021'],
    sector: 'business_association', ...peru, influence: 3, vpKnowledge: 1, ...supporter,
    fieldBasis: { sector: 'inferred' },
    contacts: [...people('interviewee', 'Roxana Arbocó'), ...people('participant', 'Henri Le Bienvenu')],
    tags: ['interviewed-2010', 'round-table-2010', 'offered-support', 'existing-space'],
    notes: t('El Anexo 3 la lista en la sociedad civil; el texto la llama «la ONG empresarial», por eso su sector es gremio empresarial.', 'Annex 3 lists it among civil society; the text calls it "the business NGO", so its sector is business association.'),
    sources: [A3(22), A4('9'), OFFERED_SUPPORT, src(S, 'IV.d Step-by-step process', 'the business NGO “Peru 2021”'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'oxfam', name: t('Oxfam América', 'Oxfam America'), shortName: t('Oxfam', 'Oxfam'), aliases: ['NGO OXFAM'],
    sector: 'civil_society', ...peru, level: 'international', influence: 3, engagement: 'aware',
    contacts: people('both', 'Javier Aroca'), tags: ['interviewed-2010', 'round-table-2010'],
    notes: t('Su conocimiento de los PV no se evalúa: el hallazgo sobre el escaso conocimiento se refiere a la sociedad civil peruana.', 'Its VP knowledge is not assessed: the finding on limited awareness is about Peruvian civil society.'),
    sources: [A3(23), A4('14')],
  }),
  scored({
    id: 'desco', name: t('Centro de Estudios y Promoción del Desarrollo', 'Centre for the Study and Promotion of Development'), shortName: t('DESCO', 'DESCO'), aliases: ['NGO DESCO', 'Centro de Estudios y Promoción del Desarrollo'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('interviewee', 'Carlos Monge'), tags: ['interviewed-2010'],
    sources: [A3(24), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'aprodeh', name: t('Asociación Pro Derechos Humanos', 'Association for Human Rights'), shortName: t('APRODEH', 'APRODEH'), aliases: ['NGO APRODEH', 'Asociación Pro Derechos Humanos'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('interviewee', 'Francisco Soberón'), tags: ['interviewed-2010'],
    sources: [A3(25), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'security-consultant', name: t('Consultor privado en temas de seguridad', 'Private consultant in security topics'), aliases: ['Private Consultant in security'],
    sector: 'civil_society', ...peru, influence: 2, engagement: 'aware',
    contacts: people('interviewee', 'Gino Costa'), tags: ['interviewed-2010', 'individual-expert'],
    notes: t('El Anexo 3 lista a un consultor individual en la sociedad civil; se conserva como actor para no perder la fila, con la persona como contacto.', 'Annex 3 lists an individual consultant among civil society; kept as an actor so that the row is not lost, with the person as its contact.'),
    sources: [A3(26)],
  }),

  // ── Annex 3, International cooperation ──────────────────────────────────
  scored({
    id: 'uk-government', name: t('Gobierno del Reino Unido (Embajada Británica)', 'Government of the United Kingdom (British Embassy)'), shortName: t('Embajada del Reino Unido', 'UK Embassy'),
    aliases: ['UK Embassy', 'Embajada del Reino Unido', 'British Embassy'],
    sector: 'foreign_government', country: 'GB', level: 'international', influence: 3, ...supporter,
    contacts: people('both', 'Jane Sidebottom'), tags: ['interviewed-2010', 'round-table-2010', 'offered-support'],
    notes: t('Su pertenencia a los PV no figura en las fuentes (se sabe por fuera de ellas), así que no se evalúa.', 'Its VPs membership is not stated in the seeds (it is outside knowledge), so it is not assessed.'),
    sources: [A3(27), A4('5'), OFFERED_SUPPORT],
  }),
  scored({
    id: 'gtz', name: t('GTZ (Cooperación Técnica Alemana)', 'GTZ (German technical cooperation)'), shortName: t('GTZ', 'GTZ'), aliases: ['Deutsche Gesellschaft für Technische Zusammenarbeit'],
    sector: 'foreign_government', country: 'DE', level: 'international', influence: 3, engagement: 'aware',
    fieldBasis: { country: 'assumed', sector: 'assumed' },
    contacts: people('interviewee', 'Fiorella Mayaute'), tags: ['interviewed-2010'],
    notes: t('El Anexo 3 solo dice «GTZ», bajo cooperación internacional; que sea la cooperación técnica del Gobierno alemán (país y sector) se sabe por fuera de la fuente.', 'Annex 3 says only "GTZ", under international cooperation; that it is the German government’s technical cooperation (country and sector) is outside knowledge.'),
    sources: [A3(28)],
  }),
  scored({
    id: 'us-government', name: t('Gobierno de los Estados Unidos (Embajada de EE. UU.)', 'Government of the United States (US Embassy)'), shortName: t('Embajada de EE. UU.', 'US Embassy'),
    aliases: ['US Embassy', 'Embajada de EEUU', 'Embajada de Estados Unidos'],
    sector: 'foreign_government', country: 'US', level: 'international', influence: 3, ...supporter,
    contacts: people('both', 'Jessica Huaracayo'), tags: ['interviewed-2010', 'round-table-2010', 'offered-support'],
    notes: t('Su pertenencia a los PV no figura en las fuentes (se sabe por fuera de ellas), así que no se evalúa.', 'Its VPs membership is not stated in the seeds (it is outside knowledge), so it is not assessed.'),
    sources: [A3(29), A4('4'), OFFERED_SUPPORT],
  }),

  // ── Annex 3, Bogotá ─────────────────────────────────────────────────────
  scored({
    id: 'ideas-para-la-paz', name: t('Fundación Ideas para la Paz', 'Ideas for Peace Foundation'), shortName: t('FIP', 'FIP'), aliases: ['Foundation "Ideas para la Paz"'],
    sector: 'civil_society', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('interviewee', 'Ángela Rivas'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(30), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'colombian-petroleum-association', name: t('Asociación Colombiana del Petróleo', 'Colombian Petroleum Association'), shortName: t('ACP', 'ACP'), aliases: ['Asociación Colombiana del Petróleo'],
    sector: 'business_association', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('interviewee', 'Alejandro Martínez', 'Sandra Flores'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(31), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'colombia-mining-energy-committee', name: t('Comité Minero Energético de Seguridad y Derechos Humanos (Colombia)', 'Mining and Energy Committee on Security and Human Rights (Colombia)'), shortName: t('CME', 'CME'),
    aliases: ['Energy and Mining Committee for Human Rights', 'Comité Minero Energético de Seguridad y Derechos Humanos'],
    // Its engagement with a Peruvian process is not stated: it is Colombia's own VPs group.
    sector: 'platform', ...bogota, vpKnowledge: 3,
    contacts: people('interviewee', 'Adriana Pedraza'), tags: ['interviewed-2010', 'colombia'],
    notes: t('El custodio del proceso nacional de los PV en Colombia.', 'The guardian of the VPs in-country process in Colombia.'),
    sources: [A3(32), KNOWLEDGE_BOGOTA, src(S, 'V.d Risks — Global vs. Local', 'The Colombian Mining and Energy Committee on Security and Human Rights, which is the guardian of the VPs in-country implementation process in Colombia')],
  }),
  scored({
    id: 'colombia-infrastructure-protection', name: t('Asesor Presidencial para la Protección de la Infraestructura Extractiva (Colombia)', 'Presidential Adviser for Extractive Infrastructure Protection (Colombia)'),
    sector: 'state', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('interviewee', 'Rafael Unda'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(33), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'indepaz', name: t('Instituto de Estudios para el Desarrollo y la Paz', 'Institute for Development and Peace Studies'), shortName: t('INDEPAZ', 'INDEPAZ'), aliases: ['NGO "INDEPAZ"', 'Instituto de Estudios para el Desarrollo y la Paz'],
    sector: 'civil_society', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('interviewee', 'Leonardo Gonzales'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(34), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'colombia-human-rights-program', name: t('Programa Presidencial de Derechos Humanos y Derecho Internacional Humanitario (Colombia)', 'Presidential Program for Human Rights and International Humanitarian Law (Colombia)'),
    aliases: ['Presidential Program for Human Rights', 'Programa Presidencial de Derechos Humanos y Derecho Internacional Humanitario', 'Programa Presidencial de Derechos Humanos y DIH'],
    sector: 'state', ...bogota,
    notes: t('El Anexo 3 escribe «Presidential Program for Human Rights»; su nombre oficial en 2010 era Programa Presidencial de Derechos Humanos y Derecho Internacional Humanitario.', 'Annex 3 writes "Presidential Program for Human Rights"; its official name in 2010 was Programa Presidencial de Derechos Humanos y Derecho Internacional Humanitario (Presidential Program for Human Rights and International Humanitarian Law).'), vpKnowledge: 3, engagement: 'aware',
    contacts: people('interviewee', 'Carlos Franco'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(35), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'cerrejon', name: t('Cerrejón', 'Cerrejón'), aliases: ['Cerrejón Extractive Company'],
    sector: 'company', ...bogota, region: null, vpKnowledge: 3, engagement: 'aware',
    contacts: people('interviewee', 'Alexandra Guáqueta'), tags: ['interviewed-2010', 'colombia'],
    notes: t('Entrevistada en Bogotá; la fuente no dice dónde opera, así que su región no se evalúa.', 'Interviewed in Bogotá; the seed does not say where it operates, so its region is not assessed.'),
    sources: [A3(36), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'rio-tinto', name: t('Rio Tinto', 'Rio Tinto'), aliases: ['Rio Tinto Extractive Company'],
    sector: 'company', ...bogota, region: null, level: 'international', vpKnowledge: 3, engagement: 'aware',
    fieldBasis: { country: 'inferred' },
    contacts: people('interviewee', 'Luis Fernando de Angulo'), tags: ['interviewed-2010', 'colombia'],
    notes: t('Entrevistada en Bogotá: el país es el de quien la representó allí. La fuente no dice dónde opera, así que su región no se evalúa.', 'Interviewed in Bogotá: the country is that of its representative there. The seed does not say where it operates, so its region is not assessed.'),
    sources: [A3(37), KNOWLEDGE_BOGOTA],
  }),

  // ── Annex 4 institutions that Annex 3 lacks ─────────────────────────────
  scored({
    id: 'mininter', name: t('Ministerio del Interior', 'Ministry of the Interior'), shortName: t('MININTER', 'MININTER'), aliases: ['Ministerio del Interior', 'MINTER'],
    sector: 'state', ...peru, influence: 4, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('participant', 'Oscar Murillo'), tags: ['round-table-2010'],
    sources: [A4('6'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'mimdes', name: t('Ministerio de la Mujer y Desarrollo Social', 'Ministry of Women and Social Development'), shortName: t('MIMDES', 'MIMDES'), aliases: ['Ministerio de la Mujer y Desarrollo Social'],
    sector: 'state', ...peru, influence: 3, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('participant', 'Lisandro Tovar'), tags: ['round-table-2010'],
    sources: [A4('7'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'defensoria', name: t('Defensoría del Pueblo', 'Ombudsman’s Office'), shortName: t('Defensoría', 'Ombudsman'), aliases: ['Defensoría del Pueblo', 'Ombudsman'],
    sector: 'state', ...peru, influence: 4, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('participant', 'Miguel Lévano'), tags: ['round-table-2010'],
    notes: t('Registra los conflictos sociales (al menos 250 en enero de 2010) y recomienda acciones al Ejecutivo. El estudio dice que la respuesta del Estado suele ser reactiva y con capacidad limitada para prevenir conflictos, por eso sus capacidades no se evalúan.', 'Records social conflicts (at least 250 in January 2010) and recommends action to the executive. The study says the state’s response is often reactive with a limited capacity to prevent conflicts, so its capacities are not assessed.'),
    sources: [A4('8'), src(S, 'IV.c Key actors', 'The creation of the Ombudsman is a clear example of this since her/his role is to identify potential conflicts and generate recommendations for the executive branch.'), src(S, 'III Background', 'The most recent report by the Ombudsman office (January 2010) records at least 250 social conflicts'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'conveagro', name: t('Convención Nacional del Agro Peruano', 'National Convention of Peruvian Agriculture'), shortName: t('CONVEAGRO', 'CONVEAGRO'), aliases: ['Convención Nacional del Agro Peruano'],
    sector: 'civil_society', ...peru, influence: 2, engagement: 'aware',
    fieldBasis: { sector: 'assumed' },
    contacts: people('participant', 'Víctor Torres'), tags: ['round-table-2010'],
    notes: t('El Anexo 4 solo da la sigla «CONVEAGRO»: el nombre completo y el sector (un gremio agrario, en la sociedad civil) se saben por fuera de la fuente. Por eso el hallazgo sobre el escaso conocimiento de la sociedad civil no se le aplica: su conocimiento de los PV no se evalúa.', 'Annex 4 gives only the acronym "CONVEAGRO": its full name and sector (a farmers’ federation, in civil society) are outside knowledge. So the finding on civil society’s limited awareness is not applied to it: its VP knowledge is not assessed.'),
    sources: [A4('10')],
  }),
  scored({
    id: 'innovapuc', name: t('INNOVAPUC', 'INNOVAPUC'), sector: 'academia', ...peru, influence: 2, engagement: 'aware',
    fieldBasis: { sector: 'assumed' },
    contacts: people('participant', 'Carlos Wendorff'), tags: ['round-table-2010'],
    notes: t('El Anexo 4 solo da el nombre «INNOVAPUC»: que sea parte de la Universidad Católica (sector académico) se sabe por fuera de la fuente. Por eso el hallazgo sobre el escaso conocimiento de la sociedad civil no se le aplica: su conocimiento de los PV no se evalúa.', 'Annex 4 gives only the name "INNOVAPUC": that it belongs to the Catholic University (academia) is outside knowledge. So the finding on civil society’s limited awareness is not applied to it: its VP knowledge is not assessed.'),
    sources: [A4('13')],
  }),
  scored({
    id: 'international-alert', name: t('International Alert', 'International Alert'), sector: 'international_org', country: 'GB', level: 'international',
    influence: 3, vpKnowledge: 3, vpInterest: 3, stance: 2, engagement: 'committed',
    // "Lima- London": a study by two organisations, Socios Perú being the Lima one.
    fieldBasis: { country: 'inferred' },
    contacts: people('participant', 'Yadaira Orsini', 'Jana Naujoks', 'Diana Klein'), tags: ['round-table-2010', 'study-author'],
    notes: t('Coautora del estudio; presentó la experiencia colombiana en la mesa redonda; las matrices de riesgo de las empresas entrevistadas siguen su guía de Prácticas Empresariales Sensibles al Conflicto (CSBP) u otras metodologías.', 'Co-author of the study; presented the Colombian experience at the round table; the interviewed companies’ risk matrices follow its Conflict Sensitive Business Practice (CSBP) guidance or other methodologies.'),
    sources: [A4('15–17'), src(S, 'I Introduction', 'the Colombian process has motivated International Alert and Socios Peru to explore the feasibility of implementing a similar process in Peru.'), src(S, 'IV.d Step-by-step process', 'training exercises on risk and impact assessments that take into consideration human rights and security issues, such as International Alert’s Conflict Sensitive Business Practice (CSBP).'), src(S, 'IV.a Knowledge of the VPs', 'whether following Alert\'s Conflict Sensitive Business Practice guidance or other methodologies developed by a specific company in question.'), src(S, 'II Study Method', 'the presentation of the Colombian experience by International Alert'), src(S, 'Title page', 'Lima- London, April 2010')],
  }),
  scored({
    id: 'socios-peru', name: t('Socios Perú', 'Socios Perú'), aliases: ['Socios Peru'],
    sector: 'civil_society', ...peru, influence: 3, vpKnowledge: 3, vpInterest: 3, stance: 2, engagement: 'committed',
    contacts: people('participant', 'Cynthia García', 'Gaby Zegarra', 'Carlos Salazar'), tags: ['round-table-2010', 'study-author'],
    notes: t('Coautora del estudio; antes de él ya exploraba la implementación de los PV en el Perú.', 'Co-author of the study; had been exploring VPs implementation in Peru before it.'),
    sources: [A4('18–20'), src(S, 'I Introduction', 'Both organisations have been working together since 2007, and prior to that, Socios Peru had been exploring the possibility of implementing VPs in the country.')],
  }),

  // ── Institutions the text names as actors ───────────────────────────────
  scored({
    id: 'ministry-of-justice', name: t('Ministerio de Justicia', 'Ministry of Justice'), shortName: t('MINJUS', 'MINJUS'), aliases: ['Ministerio de Justicia'],
    sector: 'state', ...peru, influence: 3,
    notes: t('Tiene una «Comisión Nacional de Derechos Humanos», como la llama el estudio (el órgano del ministerio se llamaba Consejo Nacional de Derechos Humanos); nombrado entre las instituciones del Estado que se beneficiarían de la prevención de conflictos. No fue entrevistado.', 'Has a "National Human Rights Commission", as the study calls it (the ministry’s body was named Consejo Nacional de Derechos Humanos, National Human Rights Council); named as a state institution that would benefit from conflict prevention. Not interviewed.'),
    sources: [src(S, 'IV.c Key actors', 'Last but not least, the Ministry of Justice has a National Human Rights Commission.'), src(S, 'IV.f Summary of main findings', 'institutions such as the Ombudsman\'s office, Presidency of the Council of Ministers, Ministry of Energy and Mining, Ministry of Justice')],
  }),
  scored({
    id: 'pnp', name: t('Policía Nacional del Perú', 'Peruvian National Police'), shortName: t('PNP', 'PNP'), aliases: ['Policía Nacional del Perú', 'National Police'],
    sector: 'security_forces', ...peru, influence: 5,
    notes: t('El único actor autorizado a usar la fuerza en los conflictos; no fue entrevistada ni estuvo en la mesa redonda de 2010.', 'The only actor allowed to use force in conflicts; not interviewed and not at the round table in 2010.'),
    sources: [src(S, 'IV.c Key actors', 'all these institutions are clear on the fact that the Police are the only ones allowed to use force in conflicts.')],
  }),
  scored({
    id: 'snmpe', name: t('Sociedad Nacional de Minería, Petróleo y Energía', 'National Society of Mining, Oil and Energy'), shortName: t('SNMPE', 'SNMPE'),
    aliases: ['Sociedad Nacional de Minería, Petróleo y Energía', 'National Mining, Oil and Energy Society'],
    sector: 'business_association', ...peru, influence: 4,
    tags: ['existing-space'],
    notes: t('Nombrada como espacio existente para coordinar información sobre los PV y como asociación con la cual reunirse; no fue entrevistada.', 'Named as an existing space for coordinating information on the VPs and as an association to meet; not interviewed.'),
    sources: [src(S, 'IV.d Step-by-step process', 'the National Mining, Oil and Energy Society'), src(S, 'V.a Coordination activities', 'Meetings with organisations and associations (e.g. National Mining, Energy and Oil Society, Peru 2021, Muqui Network, Dialogue Group on Mining and Sustainable Development) to engage them in the process')],
  }),
  scored({
    id: 'iblf', name: t('Foro Internacional de Líderes Empresariales', 'International Business Leaders Forum'), shortName: t('IBLF', 'IBLF'),
    sector: 'international_org', country: 'GB', level: 'international', influence: 3, engagement: 'committed',
    fieldBasis: { country: 'assumed', sector: 'assumed' },
    notes: t('La fuente solo dice «IBLF»: el nombre completo, el sector y el país (Reino Unido) se saben por fuera de ella. Según el borrador de términos de referencia del estudio (Anexo 1), supervisará el encargo, desembolsará los fondos y contratará a la consultora que lo realice.', 'The seed says only "IBLF": its full name, sector and country (United Kingdom) are outside knowledge. In the study’s draft terms of reference (Annex 1), it will supervise the assignment, disburse the funds and contract the consultant who carries it out.'),
    sources: [src(S, 'Annex 1, 2. Project Management', 'IBLF will supervise the assignment and disburse funds –which will be carried out by a consultant / organization contracted by IBLF– with key steps and tasks to be approved by the Government of Norway.')],
  }),
  scored({
    id: 'norway-government', name: t('Gobierno de Noruega', 'Government of Norway'), shortName: t('Noruega', 'Norway'), aliases: ['Gobierno de Noruega', 'Norwegian government'],
    sector: 'foreign_government', country: 'NO', level: 'international', influence: 3, engagement: 'committed',
    notes: t('Según el borrador de términos de referencia del estudio (Anexo 1), sus fondos apoyarán la misión exploratoria y la reunión de actores, y aprobará los pasos y tareas clave. Su pertenencia a los PV no figura en las fuentes, así que no se evalúa.', 'In the study’s draft terms of reference (Annex 1), its funds will support the scoping mission and stakeholder meeting, and it will approve key steps and tasks. Its VPs membership is not stated in the seeds, so it is not assessed.'),
    sources: [
      src(S, 'Annex 1, Background', 'funds sourced from the Norwegian government will support scoping mission and stakeholder meeting in order to create a platform.'),
      src(S, 'Annex 1, 2. Project Management', 'with key steps and tasks to be approved by the Government of Norway.'),
    ],
  }),
  scored({
    id: 'bhp-billiton', name: t('BHP Billiton', 'BHP Billiton'), sector: 'company', level: 'international', influence: 4, ...highKnowledge,
    notes: t('Empresa matriz con sede fuera del Perú. Su pertenencia a los PV no figura en las fuentes.', 'Parent company with headquarters outside Peru. Its VPs membership is not stated in the seeds.'),
    sources: [KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'newmont', name: t('Newmont', 'Newmont'), aliases: ['Newmont Mining'], sector: 'company', level: 'international', influence: 4, ...highKnowledge,
    notes: t('Empresa matriz con sede fuera del Perú. Su pertenencia a los PV no figura en las fuentes.', 'Parent company with headquarters outside Peru. Its VPs membership is not stated in the seeds.'),
    sources: [KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'anglo-american', name: t('Anglo American', 'Anglo American'), sector: 'company', level: 'international', influence: 4, ...highKnowledge, ...supporter,
    tags: ['offered-support'],
    notes: t('Empresa matriz con sede fuera del Perú. Su pertenencia a los PV no figura en las fuentes.', 'Parent company with headquarters outside Peru. Its VPs membership is not stated in the seeds.'),
    sources: [KNOWLEDGE_COMPANIES, OFFERED_SUPPORT],
  }),
  scored({
    id: 'xstrata-copper', name: t('Xstrata Copper', 'Xstrata Copper'), aliases: ['Xstrata'], sector: 'company', level: 'international', influence: 4, ...highKnowledge,
    notes: t('Empresa matriz con sede fuera del Perú. Su pertenencia a los PV no figura en las fuentes.', 'Parent company with headquarters outside Peru. Its VPs membership is not stated in the seeds.'),
    sources: [KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'majaz', name: t('Minera Majaz (proyecto Río Blanco)', 'Majaz Mining Company (Río Blanco project)'), shortName: t('Majaz', 'Majaz'), aliases: ['Majaz Mining Company', 'Río Blanco'],
    sector: 'company', country: 'PE', region: 'PE-PIU', level: 'regional', influence: 3,
    notes: t('Caso emblemático de seguridad: las exploraciones empezaron antes de cualquier proceso de diálogo. No fue entrevistada.', 'An emblematic security case: explorations began before any dialogue process. Not interviewed.'),
    sources: [src(S, 'III Background', 'other emblematic case involve Majaz Mining Company with their project Rio Blanco, located in the highlands of Piura in the provinces of Ayabaca and Huancabamba, were local people protested violently because the mining explorations took place before dialogue processes start.')],
  }),
  scored({
    id: 'ayabaca-huancabamba-communities', name: t('Comunidades de Ayabaca y Huancabamba (Piura)', 'Communities of Ayabaca and Huancabamba (Piura)'), aliases: ['Comunidades de Ayabaca y Huancabamba'],
    sector: 'community', country: 'PE', region: 'PE-PIU', level: 'local', influence: 2,
    sources: [src(S, 'III Background', 'located in the highlands of Piura in the provinces of Ayabaca and Huancabamba, were local people protested violently')],
  }),
  scored({
    id: 'cajamarca-protesters', name: t('Actores locales que protestaban en Cajamarca', 'Local actors protesting in Cajamarca'), shortName: t('Protestas en Cajamarca', 'Cajamarca protesters'), aliases: ['Protestas locales en Cajamarca'],
    sector: 'community', country: 'PE', region: 'PE-CAJ', level: 'local', influence: 2,
    sources: [src(S, 'III Background', 'Yanacocha Mining Company (Newmont investment) in Cajamarca, which was denounced for allegedly spying on local actors who were protesting against companies abuses')],
  }),
  scored({
    id: 'rondas-campesinas', name: t('Rondas Campesinas', 'Rondas Campesinas (rural self-defence committees)'), shortName: t('Rondas Campesinas', 'Rondas Campesinas'), aliases: ['Rondas', 'rural self-defence committees'],
    sector: 'community', country: 'PE', level: 'local', influence: 3,
    notes: t('Proveedores de seguridad «no convencionales», extendidos en la sierra norte y sur; la capacitación en los PV de las empresas no los alcanza.', '"Non-conventional" security providers widespread in the northern and southern highlands; company VPs training does not reach them.'),
    sources: [src(S, 'IV.a Knowledge of the VPs', 'The capacity building does not usually reach communities in the vicinity of the particular project site, nor does it reach \'non conventional\' security groups such as rural self-defence committees or Rondas Campesinas³.'), src(S, 'IV.a, footnote 3', 'They are widespread in the northern and southern highlands.')],
  }),

  // ── Named in the background and the terms of reference ─────────────────
  actor({
    id: 'vps-plenary', name: t('Plenaria de los Principios Voluntarios', 'Voluntary Principles Plenary'), shortName: t('Plenaria de los PV', 'VPs Plenary'),
    aliases: ['Plenary', 'Plenaria'], sector: 'platform', level: 'international',
    // "Plenary participants": a meeting of the initiative's participants, a platform.
    fieldBasis: { sector: 'inferred' },
    notes: t('La reunión de los participantes de los PV. Según los términos de referencia, sus participantes coinciden en qué es un proceso nacional e identificaron al Perú como uno de tres nuevos países para actividades nacionales; el proceso colombiano ha existido años sin ayuda significativa de la Plenaria ni de la Secretaría.', 'The meeting of the VPs participants. In the terms of reference, its participants broadly agree on what an in-country process is and identified Peru as one of 3 new target countries for in-country activity; the Colombian process has existed for years without significant assistance from the Plenary or the Secretariat.'),
    sources: [
      src(S, 'Annex 1, Background', 'But it is broadly agreed by Plenary participants that it is a process aimed at building an effective in-country multi-stakeholder dialogue to strengthen effective implementation of the VPs in the country concerned.'),
      src(S, 'Annex 1, Background', 'One successful example is the Colombian in-country process which has existed for several years without significant assistance, intervention or resources from the Plenary or Secretariat.'),
      src(S, 'Annex 1, Background', 'with Peru having been identified by participants as one of 3 new target countries for in-country activity'),
    ],
  }),
  actor({
    id: 'vps-secretariat', name: t('Secretaría de los Principios Voluntarios', 'Voluntary Principles Secretariat'), shortName: t('Secretaría de los PV', 'VPs Secretariat'),
    aliases: ['Secretariat', 'Secretaría'], sector: 'international_org', level: 'international',
    // The secretariat of an international initiative is an international body; the seed does not say so.
    fieldBasis: { sector: 'inferred' },
    notes: t('Según los términos de referencia, el proceso colombiano ha existido años sin ayuda, intervención ni recursos significativos de la Plenaria ni de la Secretaría. No es la secretaría de un proceso nacional que los mismos términos piden proponer.', 'In the terms of reference, the Colombian in-country process has existed for years without significant assistance, intervention or resources from the Plenary or Secretariat. Not the secretariat of an in-country process that the same terms ask to propose.'),
    sources: [src(S, 'Annex 1, Background', 'One successful example is the Colombian in-country process which has existed for several years without significant assistance, intervention or resources from the Plenary or Secretariat.')],
  }),
  actor({
    id: 'colombia-government', name: t('Gobierno de Colombia', 'Government of Colombia'), shortName: t('Colombia', 'Colombia'), aliases: ['Gobierno de Colombia', 'Colombian government'],
    sector: 'foreign_government', country: 'CO', level: 'international', vpStatus: 'member',
    // "the first South American country to be part of the VPs": a country takes part in the VPs through its government.
    fieldBasis: { vpStatus: 'inferred', sector: 'inferred' }, tags: ['colombia'],
    notes: t('Participante de los PV desde 2009, el primer país sudamericano en serlo; el proceso nacional colombiano motivó el estudio. No fue entrevistado como tal (sus programas presidenciales sí, en Bogotá).', 'A VPs participant since 2009, the first South American country to be one; the Colombian in-country process motivated the study. Not interviewed as such (its presidential programmes were, in Bogotá).'),
    sources: [src(S, 'I Introduction', 'As the first South American country to be part of the VPs in 2009, the Colombian process has motivated International Alert and Socios Peru to explore the feasibility of implementing a similar process in Peru.')],
  }),
  actor({
    id: 'chamber-of-commerce', name: t('Cámara de Comercio', 'Chamber of Commerce'), aliases: ['the Chamber of Commerce'],
    sector: 'business_association', country: 'PE', level: 'national', tags: ['cited-2010'],
    // A chamber of commerce is a business association, in Peru where the study cites it; which chamber is not said.
    fieldBasis: { sector: 'inferred', country: 'inferred' },
    notes: t('Citada por el estudio: la inversión extranjera privada en 2011 podría superar los 100 000 millones de dólares si el país sigue mejorando su competitividad. La fuente no dice qué cámara. No fue entrevistada.', 'Cited by the study: private foreign investment in 2011 could exceed US$100,000 million if the country keeps improving its competitiveness. The seed does not say which chamber. Not interviewed.'),
    sources: [src(S, 'III Background', 'According to the Chamber of Commerce, private foreign investment in 2011 could exceed U$100,000 million if the country continues to improve its competitiveness.')],
  }),
  actor({
    id: 'central-reserve-bank', name: t('Banco Central de Reserva del Perú', 'Central Reserve Bank of Peru'), shortName: t('BCRP', 'BCRP'), aliases: ['Central Reserves Bank', 'Banco Central de Reserva del Perú'],
    sector: 'state', country: 'PE', level: 'national', tags: ['cited-2010'],
    // A central bank is a state body, in Peru whose GDP it gives.
    fieldBasis: { sector: 'inferred', country: 'inferred' },
    notes: t('Fuente de las cifras de crecimiento del PBI del estudio (nota al pie 1). La fuente escribe «Central Reserves Bank»; se lee como el Banco Central de Reserva del Perú. No fue entrevistado.', 'The source of the study’s GDP growth figures (footnote 1). The seed writes "Central Reserves Bank"; read as the Banco Central de Reserva del Perú. Not interviewed.'),
    sources: [src(S, 'III Background, footnote 1', 'As per the Central Reserves Bank')],
  }),
  actor({
    id: 'ciudadanos-al-dia', name: t('Ciudadanos al Día', 'Ciudadanos al Día'), aliases: ['Ciudadanos al Dia'],
    sector: 'company', country: 'PE', level: 'national', tags: ['cited-2010'],
    notes: t('«Consultora peruana», según el estudio, que cita su informe de 2006 «Tax contribution of the economic sectors in Peru»: la minería y el petróleo impulsaron el crecimiento. No fue entrevistada.', '"A Peruvian consulting firm", in the study, which cites its 2006 report "Tax contribution of the economic sectors in Peru": mining and oil drove growth. Not interviewed.'),
    sources: [src(S, 'III Background', 'According to the "Ciudadanos al Dia" (a Peruvian consulting firm) 2006 report, "Tax contribution of the economic sectors in Peru", mining and oil industries have been drivers of this growth')],
  }),

  // ── Platforms: the study and the round table ────────────────────────────
  actor({
    id: 'feasibility-study-2010', name: t('Equipo del estudio de factibilidad de los PV 2010 (International Alert y Socios Perú)', 'VPs feasibility study team 2010 (International Alert and Socios Perú)'), shortName: t('Equipo del estudio 2010', 'Study team 2010'),
    aliases: ['Estudio de factibilidad 2010'], sector: 'platform', country: 'PE', level: 'national',
    tags: ['event'],
    notes: t('Representa el estudio y sus entrevistas (enero–marzo de 2010): 52 instituciones seleccionadas, 35 entrevistas, ocho de ellas en Colombia.', 'Stands for the study and its interviews (January–March 2010): 52 institutions selected, 35 interviews, eight of them in Colombia.'),
    sources: [src(S, 'II Study Method', 'In order to carry out the interviews, 52 institutions were selected in Peru and Colombia. 35 interviews were carried out in total, out of which eight were in Colombia')],
  }),
  actor({
    id: 'round-table-2010', name: t('Mesa redonda sobre los PV, 25 de febrero de 2010', 'Round table on the VPs, 25 February 2010'), shortName: t('Mesa redonda 2010', 'Round table 2010'),
    aliases: ['Mesa redonda 25-2-2010', 'discussion forum'], sector: 'platform', country: 'PE', level: 'national',
    tags: ['event'],
    notes: t('El foro de discusión que reunió a 20 representantes de los distintos sectores, organizado en el Perú.', 'The discussion forum, organised in Peru, that gathered 20 representatives from the different sectors.'),
    sources: [src(S, 'II Study Method', 'a discussion forum was organised in Peru, which gathered 20 representatives from the different sectors (Annex 4 shows the list of participants in the forum).'), src(S, 'Annex 4 (Round Table 25-2-2010)', 'Round Table (25-2-2010)')],
  }),
];

// ── Ties ──────────────────────────────────────────────────────────────────

/** Annex 3 rows: each interviewed institution gave information to the study team. */
const interviews = [
  ['minem', 1], ['minam', 2], ['mef', 3], ['pcm-conflicts', 4], ['las-bambas', '4 (second row numbered 4)'], ['sodexo', 5],
  ['gestora-de-negocios', 6], ['amrop-hever', 7], ['antamina', 8], ['yanacocha', 9], ['quellaveco', 10], ['buenaventura', 11],
  ['amnesty-international', 12], ['idehpucp', 13], ['cooperaccion', 14], ['spda', 15], ['sase', 16], ['pucp', 17], ['pucp-law', 18],
  ['grupo-dialogo-mineria', 19], ['ceas', 20], ['red-muqui', 21], ['peru-2021', 22], ['oxfam', 23], ['desco', 24], ['aprodeh', 25],
  ['security-consultant', 26], ['uk-government', 27], ['gtz', 28], ['us-government', 29], ['ideas-para-la-paz', 30],
  ['colombian-petroleum-association', 31], ['colombia-mining-energy-committee', 32], ['colombia-infrastructure-protection', 33],
  ['indepaz', 34], ['colombia-human-rights-program', 35], ['cerrejon', 36], ['rio-tinto', 37],
].map(([id, row]) =>
  tie({
    id: `interview--${id}`, source: id, target: 'feasibility-study-2010', type: 'information', since: '2010',
    notes: t('Entrevistado/a para el estudio (enero–marzo de 2010).', 'Interviewed for the study (January–March 2010).'), sources: [A3(row)],
  }),
);

/** Annex 4 rows: participation in the round table of 25 February 2010. */
const roundTable = [
  ['yanacocha', '1'], ['quellaveco', '2–3'], ['us-government', '4'], ['uk-government', '5'], ['mininter', '6'], ['mimdes', '7'],
  ['defensoria', '8'], ['peru-2021', '9'], ['conveagro', '10'], ['pucp', '11'], ['ceas', '12'], ['innovapuc', '13'], ['oxfam', '14'],
  ['international-alert', '15–17'], ['socios-peru', '18–20'],
].map(([id, rows]) =>
  tie({
    id: `round-table--${id}`, source: id, target: 'round-table-2010', type: 'membership', since: '2010-02-25',
    notes: t('Participó en la mesa redonda.', 'Took part in the round table.'), sources: [A4(rows)],
  }),
);

/** Institutions whose figures the study cites (III Background): information given to the study, not an interview. */
const cited = [
  ['chamber-of-commerce', 'III Background', 'According to the Chamber of Commerce, private foreign investment in 2011 could exceed'],
  ['central-reserve-bank', 'III Background, footnote 1', 'As per the Central Reserves Bank'],
  ['ciudadanos-al-dia', 'III Background', 'According to the "Ciudadanos al Dia" (a Peruvian consulting firm) 2006 report'],
].map(([id, where, quote]) =>
  tie({
    id: `cited--${id}`, source: id, target: 'feasibility-study-2010', type: 'information',
    notes: t('El estudio cita sus cifras; no hubo entrevista.', 'The study cites its figures; not interviewed.'), sources: [src(S, where, quote)],
  }),
);

const PARENTS = 'IV.a Knowledge of the VPs';
const ownership = [
  ['bhp-billiton', 'antamina', 'Antamina (BHP Billiton)'],
  ['newmont', 'yanacocha', 'Yanacocha (Newmont)'],
  ['anglo-american', 'quellaveco', 'Quellaveco (Anglo American)'],
  ['xstrata-copper', 'las-bambas', 'Las Bambas (Xstrata Copper)'],
].map(([parent, child, quote]) => tie({ source: parent, target: child, type: 'ownership', sources: [src(S, PARENTS, quote)] }));

export const ties = [
  ...interviews,
  ...roundTable,
  ...ownership,
  ...cited,
  tie({
    source: 'colombia-government', target: 'vps-plenary', type: 'membership', since: '2009', basis: 'inferred',
    notes: t('Participante de los PV desde 2009; participar en los PV es participar en su Plenaria.', 'A VPs participant since 2009; taking part in the VPs is taking part in its Plenary.'),
    sources: [src(S, 'I Introduction', 'As the first South American country to be part of the VPs in 2009')],
  }),
  tie({
    source: 'international-alert', target: 'feasibility-study-2010', type: 'membership', since: '2010',
    notes: t('Coautora del estudio.', 'Co-author of the study.'), sources: [src(S, 'I Introduction', 'both organisations decided to carry out this study')],
  }),
  tie({
    source: 'socios-peru', target: 'feasibility-study-2010', type: 'membership', since: '2010',
    notes: t('Coautora del estudio.', 'Co-author of the study.'), sources: [src(S, 'I Introduction', 'both organisations decided to carry out this study')],
  }),
  tie({
    source: 'international-alert', target: 'socios-peru', type: 'collaboration', since: '2007',
    notes: t('Trabajan juntas desde 2007; un estudio conjunto nacido de un interés común.', 'Working together since 2007; a joint study built on shared interest.'),
    sources: [src(S, 'I Introduction', 'Both organisations have been working together since 2007 … recognising their joint interest and capacity in opening dialogue spaces')],
  }),
  tie({
    // No date: the seed gives none (its draft terms of reference are dated 29 October 2010).
    source: 'norway-government', target: 'feasibility-study-2010', type: 'funding',
    notes: t('Según el borrador de términos de referencia (Anexo 1), fondos del Gobierno noruego apoyarán la misión exploratoria y la reunión de actores. La fuente no da fecha.', 'In the draft terms of reference (Annex 1), funds from the Norwegian government will support the scoping mission and stakeholder meeting. The seed gives no date.'),
    sources: [src(S, 'Annex 1, Background', 'funds sourced from the Norwegian government will support scoping mission and stakeholder meeting')],
  }),
  tie({
    source: 'norway-government', target: 'iblf', type: 'funding', basis: 'inferred',
    notes: t('Según el borrador de términos de referencia, el IBLF desembolsará los fondos, con los pasos y tareas clave sujetos a la aprobación del Gobierno de Noruega; que los fondos sean noruegos se infiere del mismo anexo.', 'In the draft terms of reference, IBLF will disburse the funds, with key steps and tasks to be approved by the Government of Norway; that the funds are Norway’s is inferred from the same annex.'),
    sources: [
      src(S, 'Annex 1, 2. Project Management', 'IBLF will supervise the assignment and disburse funds … with key steps and tasks to be approved by the Government of Norway.'),
      src(S, 'Annex 1, Background', 'funds sourced from the Norwegian government will support scoping mission and stakeholder meeting'),
    ],
  }),
  tie({
    source: 'iblf', target: 'feasibility-study-2010', type: 'coordination',
    notes: t('Según el borrador de términos de referencia, el IBLF supervisará el encargo, que realizará una consultora u organización contratada por el IBLF.', 'In the draft terms of reference, IBLF will supervise the assignment, to be carried out by a consultant or organisation contracted by IBLF.'),
    sources: [src(S, 'Annex 1, 2. Project Management', 'IBLF will supervise the assignment and disburse funds –which will be carried out by a consultant / organization contracted by IBLF')],
  }),
  tie({
    source: 'international-alert', target: 'round-table-2010', type: 'information', since: '2010-02-25',
    notes: t('Presentó la experiencia colombiana en el foro.', 'Presented the Colombian experience at the forum.'),
    sources: [src(S, 'II Study Method', 'the presentation of the Colombian experience by International Alert')],
  }),
  tie({
    source: 'pucp', target: 'idehpucp', type: 'ownership', directed: true,
    notes: t('El IDEHPUCP es el instituto de derechos humanos de la Universidad Católica.', 'IDEHPUCP is the Human Rights Institute of the Catholic University.'),
    sources: [src(S, 'IV.d Step-by-step process', 'the Human Rights Institute of the Catholic University (IDEHPUCP)')],
  }),
  tie({
    source: 'pucp', target: 'pucp-law', type: 'ownership', directed: true,
    notes: t('El Departamento de Derecho es parte de la PUCP.', 'The Law Department is part of PUCP.'), sources: [A3(18)],
  }),
  tie({
    source: 'defensoria', target: 'pcm-conflicts', type: 'information', basis: 'inferred',
    notes: t('La Defensoría identifica conflictos potenciales y formula recomendaciones al Poder Ejecutivo. La fuente dice «el Poder Ejecutivo» y no nombra esta oficina: que las reciba la oficina de conflictos de la PCM es una inferencia.', 'The Ombudsman identifies potential conflicts and makes recommendations to the executive branch. The seed says "the executive branch" and does not name this office: that the PCM’s conflicts office receives them is an inference.'),
    sources: [src(S, 'IV.c Key actors', 'her/his role is to identify potential conflicts and generate recommendations for the executive branch.')],
  }),
  tie({
    source: 'yanacocha', target: 'cajamarca-protesters', type: 'conflict',
    notes: t('Denunciada por presuntamente espiar a quienes protestaban.', 'Denounced for allegedly spying on local protesters.'),
    sources: [src(S, 'III Background', 'denounced for allegedly spying on local actors who were protesting against companies abuses')],
  }),
  tie({
    source: 'majaz', target: 'ayabaca-huancabamba-communities', type: 'conflict',
    notes: t('Protestas violentas porque las exploraciones empezaron antes del diálogo.', 'Violent protests because explorations began before dialogue.'),
    sources: [src(S, 'III Background', 'local people protested violently because the mining explorations took place before dialogue processes start.')],
  }),
];

export const network = checkRecords({
  schemaVersion: 3,
  id: 'lima-2010',
  title: { en: 'Lima national network, 2010', es: 'Red nacional de Lima, 2010' },
  description: {
    en: 'Institutions interviewed for the 2010 VPs feasibility study in Peru, the participants of its round table of 25 February 2010, and the institutions the study names as actors, with the ties the text supports. Influence values are illustrative (assumed); other scores are inferred from the study’s findings. Records: the study’s two interview rounds (Lima and Bogotá, January–March 2010) and its round table of 25 February 2010. No commitments: the study’s work plan is suggestions that nobody promises to carry out. No incidents: the emblematic cases it cites are not dated.',
    es: 'Instituciones entrevistadas para el estudio de factibilidad de los PV en el Perú (2010), participantes de su mesa redonda del 25 de febrero de 2010 e instituciones que el estudio nombra como actores, con los vínculos que el texto respalda. Los valores de influencia son ilustrativos (supuestos); los demás se infieren de los hallazgos del estudio. Registros: las dos rondas de entrevistas del estudio (Lima y Bogotá, enero–marzo de 2010) y su mesa redonda del 25 de febrero de 2010. Sin compromisos: el plan de trabajo del estudio son sugerencias que nadie promete cumplir. Sin incidentes: los casos emblemáticos que cita no tienen fecha.',
  },
  scope: { en: 'Lima national 2010', es: 'Nacional, Lima 2010' },
  date: '2010-04',
  sources: [{ doc: S, title: SEED_2010_TITLE, locator: 'whole document' }],
  facts: [
    { id: 'institutions-selected', label: { en: 'Institutions selected for interview', es: 'Instituciones seleccionadas para entrevista' }, value: 52, sources: [src(S, 'II Study Method')] },
    { id: 'interviews', label: { en: 'Interviews carried out', es: 'Entrevistas realizadas' }, value: 35, sources: [src(S, 'II Study Method')] },
    { id: 'interviews-colombia', label: { en: 'Interviews in Colombia', es: 'Entrevistas en Colombia' }, value: 8, sources: [src(S, 'II Study Method')] },
    { id: 'forum-representatives', label: { en: 'Representatives at the discussion forum', es: 'Representantes en el foro de discusión' }, value: 20, sources: [src(S, 'II Study Method')] },
    { id: 'social-conflicts', label: { en: 'Social conflicts recorded by the Ombudsman (Jan 2010)', es: 'Conflictos sociales registrados por la Defensoría (ene. 2010)' }, value: 250, sources: [src(S, 'III Background')] },
    { id: 'socio-environmental-share', label: { en: 'Share of conflicts that are socio-environmental (%)', es: 'Conflictos socioambientales (%)' }, value: 47, sources: [src(S, 'III Background')] },
  ],
  actors,
  ties,
  engagements,
  commitments,
  incidents,
});
