// The Lima national network, 2010, transcribed from the feasibility study
// (seed 000). Actors: every institution of Annex 3 (Peru and Bogotá, both rows
// numbered 4 kept), the Annex 4 round-table institutions that Annex 3 lacks,
// and the institutions the text names as actors. Ties: only what the text
// supports. Participation (being interviewed, attending the round table) is a
// tie to a platform actor standing for the study or the event.
import { SEED_2010 as S, SEED_2010_TITLE, actor, people, src, tie } from './common.mjs';

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
const ILLUSTRATIVE = 'Influence is an illustrative value for a facilitator to replace; the seed does not rate it.';

/** Low VP knowledge of a Peruvian state or civil-society actor (finding IV.a). */
const lowKnowledge = { vpKnowledge: 1 };
/** Extensive VP knowledge of an extractive company (finding IV.a). */
const highKnowledge = { vpKnowledge: 3 };
/** Interest and support offered (finding IV.f). */
const supporter = { vpInterest: 3, stance: 2, engagement: 'interested' };

/** An actor whose scores other than influence are inferred from the findings and whose influence is assumed. */
function scored(fields) {
  const fieldBasis = { ...(fields.fieldBasis ?? {}) };
  for (const key of ['vpKnowledge', 'vpInterest', 'stance', 'engagement', 'vpStatus', 'capacities']) {
    const value = fields[key];
    const given = key === 'capacities' ? value && Object.keys(value).length > 0 : value !== undefined && value !== null;
    if (given && !fieldBasis[key]) fieldBasis[key] = 'inferred';
  }
  if (fields.influence !== undefined && !fieldBasis.influence) fieldBasis.influence = 'assumed';
  const notes = fields.influence !== undefined ? [fields.notes, ILLUSTRATIVE].filter(Boolean).join(' ') : fields.notes;
  return actor({ ...fields, notes, fieldBasis });
}

const peru = { country: 'PE', region: 'PE-LMA', level: 'national' };
const bogota = { country: 'CO', region: 'CO-DC', level: 'national' };

export const actors = [
  // ── Annex 3, State representatives ──────────────────────────────────────
  scored({
    id: 'minem', name: 'Ministry of Energy and Mines', shortName: 'MINEM', aliases: ['Ministerio de Energía y Minas', 'Mining and Energy Ministry'],
    sector: 'state', ...peru, influence: 5, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    capacities: { conflictPrevention: 2 },
    contacts: people('Interviewee', 'Eddy Ormeño'), tags: ['interviewed-2010'],
    notes: 'Has a social management area that promotes dialogue between companies and communities.',
    sources: [A3(1), src(S, 'IV.c Key actors', 'The Mining and Energy Ministry has a social management area whose objective is to promote dialogue between companies and communities and follow up on negotiation processes.'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'minam', name: 'Ministry of Environment', shortName: 'MINAM', aliases: ['Ministerio del Ambiente'],
    sector: 'state', ...peru, influence: 3, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('Interviewee', 'César Ipenza'), tags: ['interviewed-2010'],
    sources: [A3(2), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'mef', name: 'Ministry of Economy and Finance', shortName: 'MEF', aliases: ['Ministry of Economy', 'Ministerio de Economía y Finanzas'],
    sector: 'state', ...peru, influence: 4, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('Interviewee', 'Víctor Caballero'), tags: ['interviewed-2010'],
    sources: [A3(3), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'pcm-conflicts', name: 'Office for Management of Social Conflicts – Presidency of the Council of Ministers', shortName: 'PCM – OGCS',
    aliases: ['Presidencia del Consejo de Ministros', 'Council of Ministers', 'PCM'],
    sector: 'state', ...peru, influence: 4, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    capacities: { conflictPrevention: 3 },
    contacts: people('Interviewee', 'Ronald Ibarra'), tags: ['interviewed-2010'],
    notes: 'Specialised conflict-resolution area; project to train state representatives and social leaders and to create a decentralised national system for conflict prevention.',
    sources: [A3(4), src(S, 'IV.c Key actors', 'the Council of Ministers, which has a specialised conflict resolution area and it currently has a project to train state representatives and social leaders in conflict resolution.'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),

  // ── Annex 3, Company representatives (the second row numbered 4 onward) ──
  scored({
    id: 'las-bambas', name: 'Las Bambas (Xstrata Copper)', shortName: 'Las Bambas', aliases: ['Xstrata - Las Bambas'],
    sector: 'company', country: 'PE', region: 'PE-APU', level: 'regional', influence: 4, ...highKnowledge, engagement: 'aware',
    fieldBasis: { region: 'assumed' },
    contacts: people('Interviewee', 'Oscar Delgado'), tags: ['interviewed-2010'],
    notes: 'Annex 3 numbers this row "4" a second time; both rows are kept. Region (Apurímac, where the project lies) is not stated in the seed.',
    sources: [A3('4 (second row numbered 4)'), KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'sodexo', name: 'Sodexo', sector: 'company', ...peru, influence: 2, engagement: 'aware',
    contacts: people('Interviewee', 'Enrique Méndez'), tags: ['interviewed-2010'],
    sources: [A3(5)],
  }),
  scored({
    id: 'gestora-de-negocios', name: 'Gestora de Negocios', sector: 'company', ...peru, influence: 2, engagement: 'aware',
    contacts: people('Interviewee', 'Augusto Baertl'), tags: ['interviewed-2010'],
    sources: [A3(6)],
  }),
  scored({
    id: 'amrop-hever', name: 'Amrop Hever Perú', sector: 'company', ...peru, influence: 2, engagement: 'aware',
    contacts: people('Interviewee', 'Federico Cúneo'), tags: ['interviewed-2010'],
    sources: [A3(7)],
  }),
  scored({
    id: 'antamina', name: 'Antamina (BHP Billiton)', shortName: 'Antamina', aliases: ['Compañía Minera Antamina'],
    sector: 'company', country: 'PE', region: 'PE-ANC', level: 'regional', influence: 4, ...highKnowledge, ...supporter,
    fieldBasis: { region: 'assumed' },
    contacts: people('Interviewee', 'Gonzalo Quijandría', 'Víctor Gómez'), tags: ['interviewed-2010', 'offered-support'],
    notes: 'Region (Áncash, where the mine lies) is not stated in the seed.',
    sources: [A3(8), KNOWLEDGE_COMPANIES, OFFERED_SUPPORT],
  }),
  scored({
    id: 'yanacocha', name: 'Yanacocha (Newmont)', shortName: 'Yanacocha', aliases: ['Minera Yanacocha', 'Newmont – Yanacocha'],
    sector: 'company', country: 'PE', region: 'PE-CAJ', level: 'regional', influence: 4, ...highKnowledge, ...supporter,
    contacts: people('Interviewee; round-table participant', 'Carlos Scerpella'), tags: ['interviewed-2010', 'round-table-2010', 'offered-support'],
    notes: 'An emblematic security case: denounced for allegedly spying on local actors protesting in Cajamarca.',
    sources: [A3(9), A4('1'), KNOWLEDGE_COMPANIES, OFFERED_SUPPORT, src(S, 'III Background', 'The emblematic cases involve Yanacocha Mining Company (Newmont investment) in Cajamarca, which was denounced for allegedly spying on local actors who were protesting against companies abuses')],
  }),
  scored({
    id: 'quellaveco', name: 'Quellaveco (Anglo American)', shortName: 'Quellaveco', aliases: ['Anglo American – Quellaveco'],
    sector: 'company', country: 'PE', region: 'PE-MOQ', level: 'regional', influence: 4, ...highKnowledge, engagement: 'aware',
    fieldBasis: { region: 'assumed' },
    contacts: [...people('Interviewee; round-table participant', 'Eduardo Rubio'), ...people('Round-table participant', 'Ricardo Morel')],
    tags: ['interviewed-2010', 'round-table-2010'],
    notes: 'Region (Moquegua, where the project lies) is not stated in the seed.',
    sources: [A3(10), A4('2–3'), KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'buenaventura', name: 'Compañía de Minas Buenaventura', shortName: 'Buenaventura',
    sector: 'company', ...peru, influence: 4, vpKnowledge: 2, engagement: 'aware',
    contacts: people('Interviewee', 'Alejandro Hermosa'), tags: ['interviewed-2010'],
    notes: 'A Peruvian mining company; its VP knowledge is read from the finding on the private sector as a whole.',
    sources: [A3(11), KNOWLEDGE_PRIVATE],
  }),

  // ── Annex 3, Civil society representatives ──────────────────────────────
  scored({
    id: 'amnesty-international', name: 'Amnesty International', aliases: ['International Amnesty', 'Amnistía Internacional'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('Interviewee', 'Silvia Loly'), tags: ['interviewed-2010'],
    sources: [A3(12), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'idehpucp', name: 'Human Rights Institute of the Catholic University', shortName: 'IDEHPUCP',
    aliases: ['Human Rights Institute - PUCP', 'Instituto de Democracia y Derechos Humanos de la PUCP'],
    sector: 'academia', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    capacities: { humanRights: 3, technical: 2 },
    contacts: people('Interviewee', 'Salomón Lerner', 'Rocío Villanueva'), tags: ['interviewed-2010', 'neutral'],
    notes: 'Suggested by interviewees to help with training on human rights and security; considered neutral by all actors.',
    sources: [A3(13), src(S, 'IV.d Step-by-step process', 'one institution that can help with training on human rights and security is the Human Rights Institute of the Catholic University (IDEHPUCP), which has a wide credibility and is considered a neutral institution by all actors.'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'cooperaccion', name: 'CooperAcción', aliases: ['NGO CooperAccion'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('Interviewee', 'José de Echave', 'Juan Carlos Sueiro'), tags: ['interviewed-2010'],
    sources: [A3(14), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'spda', name: 'Peruvian Society for Environmental Law', shortName: 'SPDA',
    aliases: ['Peruvian Environmental Rights', 'Sociedad Peruana de Derecho Ambiental'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('Interviewee', 'Manuel Pulgar Vidal'), tags: ['interviewed-2010'],
    notes: 'Annex 3 writes "Peruvian Environmental Rights"; read as the Sociedad Peruana de Derecho Ambiental.',
    sources: [A3(15), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'sase', name: 'SASE', sector: 'civil_society', ...peru, influence: 2, ...lowKnowledge, engagement: 'aware',
    contacts: people('Interviewee', 'Baltazar Caravedo'), tags: ['interviewed-2010'],
    sources: [A3(16), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'pucp', name: 'Pontifical Catholic University of Peru', shortName: 'PUCP',
    aliases: ['Pontificia Universidad Católica del Perú', 'Universidad Católica del Perú'],
    sector: 'academia', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('Interviewee; round-table participant', 'Gastón Garatea'), tags: ['interviewed-2010', 'round-table-2010'],
    sources: [A3(17), A4('11'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'pucp-law', name: 'Law Department – PUCP', aliases: ['Departamento de Derecho PUCP'],
    sector: 'academia', ...peru, influence: 2, ...lowKnowledge, engagement: 'aware',
    capacities: { humanRights: 2 }, fieldBasis: { capacities: 'assumed' },
    contacts: people('Interviewee', 'Walter Albán'), tags: ['interviewed-2010'],
    sources: [A3(18), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'grupo-dialogo-mineria', name: 'Dialogue Group on Mining and Sustainable Development', shortName: 'Grupo de Diálogo',
    aliases: ['Grupo de Diálogo Minería y Desarrollo Sostenible', 'Group "Dialogo, Minería y Desarrollo"', 'Mining Dialogue Group'],
    sector: 'civil_society', ...peru, influence: 3, vpKnowledge: 1, ...supporter,
    capacities: { conflictPrevention: 2 }, fieldBasis: { capacities: 'assumed' },
    contacts: people('Interviewee', 'José Luis López'), tags: ['interviewed-2010', 'offered-support', 'existing-space'],
    notes: 'Named as an existing space that groups relevant actors, where information on the VPs could be coordinated.',
    sources: [A3(19), OFFERED_SUPPORT, src(S, 'IV.d Step-by-step process', 'existing scenarios that group relevant or potentially interested actors such as the business NGO “Peru 2021”, the National Mining, Oil and Energy Society, Muqui Network (network of catholic organisations), the Dialogue Group on Mining and Sustainable Development'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'ceas', name: 'Episcopal Commission for Social Action', shortName: 'CEAS', aliases: ['Comisión Episcopal de Acción Social'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: [...people('Interviewee', 'Humberto Ortiz'), ...people('Interviewee; round-table participant', 'Julia Huari')],
    tags: ['interviewed-2010', 'round-table-2010', 'church'],
    sources: [A3(20), A4('12'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'red-muqui', name: 'Red Muqui', aliases: ['Muqui Network'],
    sector: 'civil_society', ...peru, influence: 3, vpKnowledge: 1, ...supporter,
    contacts: people('Interviewee', 'Ana Leyva'), tags: ['interviewed-2010', 'offered-support', 'church', 'existing-space'],
    notes: 'A network of Catholic organisations; named as an existing space for coordinating information on the VPs.',
    sources: [A3(21), OFFERED_SUPPORT, src(S, 'IV.d Step-by-step process', 'Muqui Network (network of catholic organisations)'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'peru-2021', name: 'Perú 2021', aliases: ['Peru 2021', 'NGO Perú 2021'],
    sector: 'business_association', ...peru, influence: 3, vpKnowledge: 1, ...supporter,
    fieldBasis: { sector: 'inferred' },
    contacts: [...people('Interviewee', 'Roxana Arbocó'), ...people('Round-table participant', 'Henri Le Bienvenu')],
    tags: ['interviewed-2010', 'round-table-2010', 'offered-support', 'existing-space'],
    notes: 'Annex 3 lists it among civil society; the text calls it "the business NGO", so its sector is business association.',
    sources: [A3(22), A4('9'), OFFERED_SUPPORT, src(S, 'IV.d Step-by-step process', 'the business NGO “Peru 2021”'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'oxfam', name: 'Oxfam America', shortName: 'Oxfam', aliases: ['NGO OXFAM'],
    sector: 'civil_society', ...peru, level: 'international', influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('Interviewee; round-table participant', 'Javier Aroca'), tags: ['interviewed-2010', 'round-table-2010'],
    sources: [A3(23), A4('14'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'desco', name: 'DESCO', aliases: ['NGO DESCO', 'Centro de Estudios y Promoción del Desarrollo'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    contacts: people('Interviewee', 'Carlos Monge'), tags: ['interviewed-2010'],
    sources: [A3(24), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'aprodeh', name: 'APRODEH', aliases: ['NGO APRODEH', 'Asociación Pro Derechos Humanos'],
    sector: 'civil_society', ...peru, influence: 3, ...lowKnowledge, engagement: 'aware',
    capacities: { humanRights: 2 }, fieldBasis: { capacities: 'assumed' },
    contacts: people('Interviewee', 'Francisco Soberón'), tags: ['interviewed-2010'],
    sources: [A3(25), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'security-consultant', name: 'Private consultant in security topics', aliases: ['Private Consultant in security'],
    sector: 'civil_society', ...peru, influence: 2, engagement: 'aware',
    contacts: people('Interviewee', 'Gino Costa'), tags: ['interviewed-2010', 'individual-expert'],
    notes: 'Annex 3 lists an individual consultant among civil society; kept as an actor so that the row is not lost, with the person as its contact.',
    sources: [A3(26)],
  }),

  // ── Annex 3, International cooperation ──────────────────────────────────
  scored({
    id: 'uk-government', name: 'Government of the United Kingdom (British Embassy)', shortName: 'UK Embassy',
    aliases: ['UK Embassy', 'Embajada del Reino Unido', 'British Embassy'],
    sector: 'foreign_government', country: 'GB', region: 'PE-LMA', level: 'international', influence: 3, ...supporter,
    vpStatus: 'member', fieldBasis: { vpStatus: 'assumed' },
    contacts: people('Interviewee; round-table participant', 'Jane Sidebottom'), tags: ['interviewed-2010', 'round-table-2010', 'offered-support'],
    notes: 'VPs membership is not stated in the seed; marked assumed.',
    sources: [A3(27), A4('5'), OFFERED_SUPPORT],
  }),
  scored({
    id: 'gtz', name: 'GTZ (German technical cooperation)', shortName: 'GTZ', aliases: ['Deutsche Gesellschaft für Technische Zusammenarbeit'],
    sector: 'foreign_government', country: 'DE', region: 'PE-LMA', level: 'international', influence: 3, engagement: 'aware',
    contacts: people('Interviewee', 'Fiorella Mayaute'), tags: ['interviewed-2010'],
    sources: [A3(28)],
  }),
  scored({
    id: 'us-government', name: 'Government of the United States (US Embassy)', shortName: 'US Embassy',
    aliases: ['US Embassy', 'Embajada de EEUU', 'Embajada de Estados Unidos'],
    sector: 'foreign_government', country: 'US', region: 'PE-LMA', level: 'international', influence: 3, ...supporter,
    vpStatus: 'member', fieldBasis: { vpStatus: 'assumed' },
    contacts: people('Interviewee; round-table participant', 'Jessica Huaracayo'), tags: ['interviewed-2010', 'round-table-2010', 'offered-support'],
    notes: 'VPs membership is not stated in the seed; marked assumed.',
    sources: [A3(29), A4('4'), OFFERED_SUPPORT],
  }),

  // ── Annex 3, Bogotá ─────────────────────────────────────────────────────
  scored({
    id: 'ideas-para-la-paz', name: 'Fundación Ideas para la Paz', shortName: 'FIP', aliases: ['Foundation "Ideas para la Paz"'],
    sector: 'civil_society', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('Interviewee', 'Ángela Rivas'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(30), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'colombian-petroleum-association', name: 'Colombian Petroleum Association', shortName: 'ACP', aliases: ['Asociación Colombiana del Petróleo'],
    sector: 'business_association', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('Interviewee', 'Alejandro Martínez', 'Sandra Flores'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(31), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'colombia-mining-energy-committee', name: 'Mining and Energy Committee on Security and Human Rights (Colombia)', shortName: 'CME',
    aliases: ['Energy and Mining Committee for Human Rights', 'Comité Minero Energético de Seguridad y Derechos Humanos'],
    sector: 'platform', ...bogota, vpKnowledge: 3, engagement: 'member',
    contacts: people('Interviewee', 'Adriana Pedraza'), tags: ['interviewed-2010', 'colombia'],
    notes: 'The guardian of the VPs in-country process in Colombia.',
    sources: [A3(32), KNOWLEDGE_BOGOTA, src(S, 'V.d Risks — Global vs. Local', 'The Colombian Mining and Energy Committee on Security and Human Rights, which is the guardian of the VPs in-country implementation process in Colombia')],
  }),
  scored({
    id: 'colombia-infrastructure-protection', name: 'Presidential Adviser for Extractive Infrastructure Protection (Colombia)',
    sector: 'state', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('Interviewee', 'Rafael Unda'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(33), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'indepaz', name: 'INDEPAZ', aliases: ['NGO "INDEPAZ"', 'Instituto de Estudios para el Desarrollo y la Paz'],
    sector: 'civil_society', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('Interviewee', 'Leonardo Gonzales'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(34), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'colombia-human-rights-program', name: 'Presidential Program for Human Rights (Colombia)',
    sector: 'state', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('Interviewee', 'Carlos Franco'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(35), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'cerrejon', name: 'Cerrejón', aliases: ['Cerrejón Extractive Company'],
    sector: 'company', ...bogota, vpKnowledge: 3, engagement: 'aware',
    contacts: people('Interviewee', 'Alexandra Guáqueta'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(36), KNOWLEDGE_BOGOTA],
  }),
  scored({
    id: 'rio-tinto', name: 'Rio Tinto', aliases: ['Rio Tinto Extractive Company'],
    sector: 'company', ...bogota, level: 'international', vpKnowledge: 3, engagement: 'aware',
    contacts: people('Interviewee', 'Luis Fernando de Angulo'), tags: ['interviewed-2010', 'colombia'],
    sources: [A3(37), KNOWLEDGE_BOGOTA],
  }),

  // ── Annex 4 institutions that Annex 3 lacks ─────────────────────────────
  scored({
    id: 'mininter', name: 'Ministry of the Interior', shortName: 'MININTER', aliases: ['Ministerio del Interior', 'MINTER'],
    sector: 'state', ...peru, influence: 4, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('Round-table participant', 'Oscar Murillo'), tags: ['round-table-2010'],
    sources: [A4('6'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'mimdes', name: 'Ministry of Women and Social Development', shortName: 'MIMDES', aliases: ['Ministerio de la Mujer y Desarrollo Social'],
    sector: 'state', ...peru, influence: 3, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    contacts: people('Round-table participant', 'Lisandro Tovar'), tags: ['round-table-2010'],
    sources: [A4('7'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'defensoria', name: 'Ombudsman’s Office', shortName: 'Defensoría', aliases: ['Defensoría del Pueblo', 'Ombudsman'],
    sector: 'state', ...peru, influence: 4, ...lowKnowledge, vpInterest: 2, engagement: 'aware',
    capacities: { conflictPrevention: 3, humanRights: 3 },
    contacts: people('Round-table participant', 'Miguel Lévano'), tags: ['round-table-2010'],
    notes: 'Records social conflicts (at least 250 in January 2010) and recommends action to the executive.',
    sources: [A4('8'), src(S, 'IV.c Key actors', 'The creation of the Ombudsman is a clear example of this since her/his role is to identify potential conflicts and generate recommendations for the executive branch.'), src(S, 'III Background', 'The most recent report by the Ombudsman office (January 2010) records at least 250 social conflicts'), KNOWLEDGE_LOW, STATE_INTEREST],
  }),
  scored({
    id: 'conveagro', name: 'CONVEAGRO', aliases: ['Convención Nacional del Agro Peruano'],
    sector: 'civil_society', ...peru, influence: 2, ...lowKnowledge, engagement: 'aware',
    contacts: people('Round-table participant', 'Víctor Torres'), tags: ['round-table-2010'],
    sources: [A4('10'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'innovapuc', name: 'INNOVAPUC', sector: 'academia', ...peru, influence: 2, ...lowKnowledge, engagement: 'aware',
    contacts: people('Round-table participant', 'Carlos Wendorff'), tags: ['round-table-2010'],
    sources: [A4('13'), KNOWLEDGE_LOW],
  }),
  scored({
    id: 'international-alert', name: 'International Alert', sector: 'international_org', country: 'GB', region: 'PE-LMA', level: 'international',
    influence: 3, vpKnowledge: 3, vpInterest: 3, stance: 2, engagement: 'committed',
    capacities: { conflictPrevention: 3, technical: 3 },
    contacts: people('Round-table participant', 'Yadaira Orsini', 'Jana Naujoks', 'Diana Klein'), tags: ['round-table-2010', 'study-author'],
    notes: 'Co-author of the study; presented the Colombian experience at the round table; its Conflict Sensitive Business Practice (CSBP) guidance is used by companies.',
    sources: [A4('15–17'), src(S, 'I Introduction', 'the Colombian process has motivated International Alert and Socios Peru to explore the feasibility of implementing a similar process in Peru.'), src(S, 'IV.d Step-by-step process', 'training exercises on risk and impact assessments that take into consideration human rights and security issues, such as International Alert’s Conflict Sensitive Business Practice (CSBP).')],
  }),
  scored({
    id: 'socios-peru', name: 'Socios Perú', aliases: ['Socios Peru', 'Socios Perú – Centro de Colaboración Cívica'],
    sector: 'civil_society', ...peru, influence: 3, vpKnowledge: 3, vpInterest: 3, stance: 2, engagement: 'committed',
    capacities: { conflictPrevention: 3, technical: 2 },
    contacts: people('Round-table participant', 'Cynthia García', 'Gaby Zegarra', 'Carlos Salazar'), tags: ['round-table-2010', 'study-author'],
    notes: 'Co-author of the study; had been exploring VPs implementation in Peru before it.',
    sources: [A4('18–20'), src(S, 'I Introduction', 'Both organisations have been working together since 2007, and prior to that, Socios Peru had been exploring the possibility of implementing VPs in the country.')],
  }),

  // ── Institutions the text names as actors ───────────────────────────────
  scored({
    id: 'ministry-of-justice', name: 'Ministry of Justice', shortName: 'MINJUS', aliases: ['Ministerio de Justicia'],
    sector: 'state', ...peru, influence: 3, engagement: 'unaware',
    capacities: { humanRights: 2 },
    notes: 'Has a National Human Rights Commission; named as a state institution that would benefit from conflict prevention. Not interviewed.',
    sources: [src(S, 'IV.c Key actors', 'Last but not least, the Ministry of Justice has a National Human Rights Commission.'), src(S, 'IV.f Summary of main findings', 'institutions such as the Ombudsman\'s office, Presidency of the Council of Ministers, Ministry of Energy and Mining, Ministry of Justice')],
  }),
  scored({
    id: 'pnp', name: 'Peruvian National Police', shortName: 'PNP', aliases: ['Policía Nacional del Perú', 'National Police'],
    sector: 'security_forces', ...peru, influence: 5, engagement: 'unaware',
    notes: 'The only actor allowed to use force in conflicts; not interviewed and not at the round table in 2010.',
    sources: [src(S, 'IV.c Key actors', 'all these institutions are clear on the fact that the Police are the only ones allowed to use force in conflicts.')],
  }),
  scored({
    id: 'snmpe', name: 'National Society of Mining, Oil and Energy', shortName: 'SNMPE',
    aliases: ['Sociedad Nacional de Minería, Petróleo y Energía', 'National Mining, Oil and Energy Society'],
    sector: 'business_association', ...peru, influence: 4, engagement: 'unaware',
    tags: ['existing-space'],
    notes: 'Named as an existing space for coordinating information on the VPs and as an association to meet; not interviewed.',
    sources: [src(S, 'IV.d Step-by-step process', 'the National Mining, Oil and Energy Society'), src(S, 'V.a Coordination activities', 'Meetings with organisations and associations (e.g. National Mining, Energy and Oil Society, Peru 2021, Muqui Network, Dialogue Group on Mining and Sustainable Development) to engage them in the process')],
  }),
  scored({
    id: 'iblf', name: 'International Business Leaders Forum', shortName: 'IBLF',
    sector: 'international_org', country: 'GB', level: 'international', influence: 3, engagement: 'committed',
    notes: 'Supervised the study and disbursed its funds.',
    sources: [src(S, 'Annex 1, 2. Project Management', 'IBLF will supervise the assignment and disburse funds –which will be carried out by a consultant / organization contracted by IBLF– with key steps and tasks to be approved by the Government of Norway.')],
  }),
  scored({
    id: 'norway-government', name: 'Government of Norway', shortName: 'Norway', aliases: ['Gobierno de Noruega', 'Norwegian government'],
    sector: 'foreign_government', country: 'NO', level: 'international', influence: 3, engagement: 'committed',
    vpStatus: 'member', fieldBasis: { vpStatus: 'assumed' },
    notes: 'Funded the scoping mission and stakeholder meeting. VPs membership is not stated in the seed; marked assumed.',
    sources: [src(S, 'Annex 1, Background', 'funds sourced from the Norwegian government will support scoping mission and stakeholder meeting in order to create a platform.')],
  }),
  scored({
    id: 'bhp-billiton', name: 'BHP Billiton', sector: 'company', level: 'international', influence: 4, ...highKnowledge, vpStatus: 'member',
    notes: 'Parent company with headquarters outside Peru.',
    sources: [KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'newmont', name: 'Newmont', aliases: ['Newmont Mining'], sector: 'company', level: 'international', influence: 4, ...highKnowledge, vpStatus: 'member',
    notes: 'Parent company with headquarters outside Peru.',
    sources: [KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'anglo-american', name: 'Anglo American', sector: 'company', level: 'international', influence: 4, ...highKnowledge, ...supporter, vpStatus: 'member',
    tags: ['offered-support'],
    notes: 'Parent company with headquarters outside Peru.',
    sources: [KNOWLEDGE_COMPANIES, OFFERED_SUPPORT],
  }),
  scored({
    id: 'xstrata-copper', name: 'Xstrata Copper', aliases: ['Xstrata'], sector: 'company', level: 'international', influence: 4, ...highKnowledge, vpStatus: 'member',
    notes: 'Parent company with headquarters outside Peru.',
    sources: [KNOWLEDGE_COMPANIES],
  }),
  scored({
    id: 'majaz', name: 'Minera Majaz (Río Blanco project)', shortName: 'Majaz', aliases: ['Majaz Mining Company', 'Río Blanco'],
    sector: 'company', country: 'PE', region: 'PE-PIU', level: 'regional', influence: 3, engagement: 'unaware',
    notes: 'An emblematic security case: explorations began before any dialogue process. Not interviewed.',
    sources: [src(S, 'III Background', 'other emblematic case involve Majaz Mining Company with their project Rio Blanco, located in the highlands of Piura in the provinces of Ayabaca and Huancabamba, were local people protested violently because the mining explorations took place before dialogue processes start.')],
  }),
  scored({
    id: 'ayabaca-huancabamba-communities', name: 'Communities of Ayabaca and Huancabamba (Piura)', aliases: ['Comunidades de Ayabaca y Huancabamba'],
    sector: 'community', country: 'PE', region: 'PE-PIU', level: 'local', influence: 2, engagement: 'unaware',
    sources: [src(S, 'III Background', 'located in the highlands of Piura in the provinces of Ayabaca and Huancabamba, were local people protested violently')],
  }),
  scored({
    id: 'cajamarca-protesters', name: 'Local actors protesting in Cajamarca', aliases: ['Protestas locales en Cajamarca'],
    sector: 'community', country: 'PE', region: 'PE-CAJ', level: 'local', influence: 2, engagement: 'unaware',
    sources: [src(S, 'III Background', 'Yanacocha Mining Company (Newmont investment) in Cajamarca, which was denounced for allegedly spying on local actors who were protesting against companies abuses')],
  }),
  scored({
    id: 'rondas-campesinas', name: 'Rondas Campesinas (rural self-defence committees)', shortName: 'Rondas Campesinas', aliases: ['Rondas', 'rural self-defence committees'],
    sector: 'community', country: 'PE', level: 'local', influence: 3, vpKnowledge: 0, engagement: 'unaware',
    notes: '"Non-conventional" security providers widespread in the northern and southern highlands; company VPs training does not reach them.',
    sources: [src(S, 'IV.a Knowledge of the VPs', 'The capacity building does not usually reach communities in the vicinity of the particular project site, nor does it reach \'non conventional\' security groups such as rural self-defence committees or Rondas Campesinas.'), src(S, 'IV.a, footnote 3', 'They are widespread in the northern and southern highlands.')],
  }),

  // ── Platforms: the study and the round table ────────────────────────────
  actor({
    id: 'feasibility-study-2010', name: 'VPs feasibility study team 2010 (International Alert and Socios Perú)', shortName: 'Study team 2010',
    aliases: ['Estudio de factibilidad 2010'], sector: 'platform', country: 'PE', region: 'PE-LMA', level: 'national',
    tags: ['event'],
    notes: 'Stands for the study and its interviews (January–March 2010): 52 institutions selected, 35 interviews, eight of them in Colombia.',
    sources: [src(S, 'II Study Method', 'In order to carry out the interviews, 52 institutions were selected in Peru and Colombia. 35 interviews were carried out in total, out of which eight were in Colombia')],
  }),
  actor({
    id: 'round-table-2010', name: 'Round table on the VPs, Lima, 25 February 2010', shortName: 'Round table 2010',
    aliases: ['Mesa redonda 25-2-2010', 'discussion forum'], sector: 'platform', country: 'PE', region: 'PE-LMA', level: 'national',
    tags: ['event'],
    notes: 'The discussion forum that gathered 20 representatives from the different sectors.',
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
    notes: 'Interviewed for the study (January–March 2010).', sources: [A3(row)],
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
    notes: 'Took part in the round table.', sources: [A4(rows)],
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
  tie({
    source: 'international-alert', target: 'feasibility-study-2010', type: 'membership', since: '2010',
    notes: 'Co-author of the study.', sources: [src(S, 'I Introduction', 'both organisations decided to carry out this study')],
  }),
  tie({
    source: 'socios-peru', target: 'feasibility-study-2010', type: 'membership', since: '2010',
    notes: 'Co-author of the study.', sources: [src(S, 'I Introduction', 'both organisations decided to carry out this study')],
  }),
  tie({
    source: 'international-alert', target: 'socios-peru', type: 'collaboration', since: '2007', strength: 3,
    trust: 2, fieldBasis: { trust: 'inferred', strength: 'inferred' },
    notes: 'Working together since 2007; a joint study built on shared interest.',
    sources: [src(S, 'I Introduction', 'Both organisations have been working together since 2007 … recognising their joint interest and capacity in opening dialogue spaces')],
  }),
  tie({
    source: 'norway-government', target: 'feasibility-study-2010', type: 'funding', since: '2009',
    notes: 'Norwegian funds supported the scoping mission and stakeholder meeting.',
    sources: [src(S, 'Annex 1, Background', 'funds sourced from the Norwegian government will support scoping mission and stakeholder meeting')],
  }),
  tie({
    source: 'norway-government', target: 'iblf', type: 'funding', basis: 'inferred',
    notes: 'IBLF disbursed the Norwegian funds, with key steps approved by the Government of Norway.',
    sources: [src(S, 'Annex 1, 2. Project Management', 'IBLF will supervise the assignment and disburse funds … with key steps and tasks to be approved by the Government of Norway.')],
  }),
  tie({
    source: 'iblf', target: 'feasibility-study-2010', type: 'coordination',
    notes: 'IBLF supervised the assignment and contracted the consultant.',
    sources: [src(S, 'Annex 1, 2. Project Management', 'IBLF will supervise the assignment and disburse funds –which will be carried out by a consultant / organization contracted by IBLF')],
  }),
  tie({
    source: 'international-alert', target: 'round-table-2010', type: 'information', since: '2010-02-25',
    notes: 'Presented the Colombian experience at the forum.',
    sources: [src(S, 'II Study Method', 'the presentation of the Colombian experience by International Alert')],
  }),
  tie({
    source: 'pucp', target: 'idehpucp', type: 'ownership', directed: true,
    notes: 'IDEHPUCP is the Human Rights Institute of the Catholic University.',
    sources: [src(S, 'IV.d Step-by-step process', 'the Human Rights Institute of the Catholic University (IDEHPUCP)')],
  }),
  tie({
    source: 'pucp', target: 'pucp-law', type: 'ownership', directed: true,
    notes: 'The Law Department is part of PUCP.', sources: [A3(18)],
  }),
  tie({
    source: 'defensoria', target: 'pcm-conflicts', type: 'information', basis: 'inferred',
    notes: 'The Ombudsman identifies potential conflicts and makes recommendations to the executive branch.',
    sources: [src(S, 'IV.c Key actors', 'her/his role is to identify potential conflicts and generate recommendations for the executive branch.')],
  }),
  tie({
    source: 'yanacocha', target: 'cajamarca-protesters', type: 'conflict', trust: -2, fieldBasis: { trust: 'inferred' },
    notes: 'Denounced for allegedly spying on local protesters.',
    sources: [src(S, 'III Background', 'denounced for allegedly spying on local actors who were protesting against companies abuses')],
  }),
  tie({
    source: 'majaz', target: 'ayabaca-huancabamba-communities', type: 'conflict', trust: -2, fieldBasis: { trust: 'inferred' },
    notes: 'Violent protests because explorations began before dialogue.',
    sources: [src(S, 'III Background', 'local people protested violently because the mining explorations took place before dialogue processes start.')],
  }),
  tie({
    source: 'minem', target: 'las-bambas', type: 'dialogue', basis: 'inferred',
    notes: 'Company practices are supervised by central government; MINEM’s social management area follows company–community negotiations.',
    sources: [src(S, 'IV.b Relevance and importance', 'Many of the companies\' practices are supervised by central government authorities, without involving regional or local instances in large scale investment projects.')],
  }),
];

export const network = {
  schemaVersion: 1,
  id: 'lima-2010',
  title: { en: 'Lima national network, 2010', es: 'Red nacional de Lima, 2010' },
  description: {
    en: 'Institutions interviewed for the 2010 VPs feasibility study in Peru, the participants of its round table of 25 February 2010, and the institutions the study names as actors, with the ties the text supports. Influence values are illustrative (assumed); other scores are inferred from the study’s findings.',
    es: 'Instituciones entrevistadas para el estudio de factibilidad de los PV en el Perú (2010), participantes de su mesa redonda del 25 de febrero de 2010 e instituciones que el estudio nombra como actores, con los vínculos que el texto respalda. Los valores de influencia son ilustrativos (supuestos); los demás se infieren de los hallazgos del estudio.',
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
};
