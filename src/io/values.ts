/**
 * Reading vocabulary values as people write them in a spreadsheet: the code
 * (`civil_society`), the label in either language ("Empresa", "Company"),
 * any case and accents, and common short forms ("Estado", "ONG", "Empresa
 * minera"). An exact code or label is read silently; a short form is read
 * with a stated assumption, so the user sees what it became.
 */
import regionsFile from '../../data/peru-regions.json';
import { regionLabel } from '../model/regions';
import { normalise } from '../model/search';
import {
  BASES,
  BASIS_LABELS,
  COMMITMENT_STATUSES,
  COMMITMENT_STATUS_LABELS,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_KIND_LABELS,
  ENGAGEMENT_LABELS,
  ENGAGEMENT_STAGES,
  LEVELS,
  LEVEL_LABELS,
  SECTORS,
  SECTOR_LABELS,
  TIE_TYPES,
  TIE_TYPE_LABELS,
  VP_STATUSES,
  VP_STATUS_LABELS,
  type Label,
  type LabelKey,
} from '../model/vocabularies';
import { CATALOGUES } from '../text/catalogues';
import { label as say } from '../text/translate';

/** What a cell was read as: the value, and whether that took an assumption (`assumed`). */
export interface ReadValue {
  value: string;
  assumed: boolean;
  /** What the value is called, for telling the user what a cell became. */
  label?: LabelKey | Label;
}

/**
 * A reader for one vocabulary. `synonyms` are normalised short forms; a value
 * whose first words are a label or synonym ("empresa minera" → "empresa") is
 * read as that, with an assumption. Unknown text is returned as typed, so
 * validation reports it with the nearest value.
 */
function vocabulary(
  values: readonly string[],
  labels: Readonly<Record<string, LabelKey>>,
  synonyms: Record<string, string> = {},
  plainWords: Record<string, string> = {},
) {
  let exact = new Map<string, string>();
  let loose = new Map<string, string>();
  let looseKeys: string[] = [];
  // The labels come from the catalogues, so the words are gathered at the first read, and again once the English
  // catalogue has arrived (the page loads it after Spanish; workers and the command line load both first).
  let builtWith: unknown = null;
  const build = () => {
    exact = new Map<string, string>(Object.entries(plainWords));
    for (const value of values) {
      exact.set(normalise(value), value);
      exact.set(normalise(value.replace(/_/g, ' ')), value);
      exact.set(normalise(say('en', labels[value]!)), value);
      exact.set(normalise(say('es', labels[value]!)), value);
    }
    loose = new Map<string, string>(Object.entries(synonyms));
    for (const [key, value] of exact) if (!loose.has(key)) loose.set(key, value);
    looseKeys = [...loose.keys()].sort((a, b) => b.length - a.length);
    builtWith = CATALOGUES.en;
  };
  return (text: string): ReadValue => {
    if (builtWith !== CATALOGUES.en) build();
    const key = normalise(text);
    const found = exact.get(key);
    if (found) return { value: found, assumed: false, label: labels[found] };
    const synonym = loose.get(key) ?? loose.get(looseKeys.find((k) => key.startsWith(`${k} `)) ?? '');
    return synonym ? { value: synonym, assumed: true, label: labels[synonym] } : { value: text.trim(), assumed: false };
  };
}

export const readSector = vocabulary(SECTORS, SECTOR_LABELS, {
  'estado': 'state',
  'state': 'state',
  'gobierno': 'state',
  'government': 'state',
  'ministerio': 'state',
  'ministry': 'state',
  'gobierno regional': 'state',
  'gobierno local': 'state',
  'municipalidad': 'state',
  'defensoria': 'state',
  'policia': 'security_forces',
  'police': 'security_forces',
  'fuerzas armadas': 'security_forces',
  'ejercito': 'security_forces',
  'military': 'security_forces',
  'army': 'security_forces',
  'pnp': 'security_forces',
  'empresa': 'company',
  'empresas': 'company',
  'empresa minera': 'company',
  'minera': 'company',
  'mining company': 'company',
  'petrolera': 'company',
  'oil company': 'company',
  'sector privado': 'company',
  'private sector': 'company',
  'gremio': 'business_association',
  'asociacion empresarial': 'business_association',
  'sociedad civil': 'civil_society',
  'civil society': 'civil_society',
  'ong': 'civil_society',
  'ngo': 'civil_society',
  'iglesia': 'civil_society',
  'church': 'civil_society',
  'comunidad': 'community',
  'comunidades': 'community',
  'comunidad campesina': 'community',
  'comunidad nativa': 'community',
  'ronda': 'community',
  'rondas': 'community',
  'rondas campesinas': 'community',
  'universidad': 'academia',
  'university': 'academia',
  'academico': 'academia',
  'academic': 'academia',
  'embajada': 'foreign_government',
  'embassy': 'foreign_government',
  'cooperacion bilateral': 'foreign_government',
  'gobierno extranjero': 'foreign_government',
  'donante': 'foreign_government',
  'donor': 'foreign_government',
  'organismo internacional': 'international_org',
  'organizacion internacional': 'international_org',
  'cooperacion internacional': 'international_org',
  'onu': 'international_org',
  'plataforma': 'platform',
  'mesa': 'platform',
  'mesa de dialogo': 'platform',
  'grupo de trabajo': 'platform',
  'working group': 'platform',
  'evento': 'platform',
  'event': 'platform',
});
export const readLevel = vocabulary(LEVELS, LEVEL_LABELS);
export const readEngagement = vocabulary(ENGAGEMENT_STAGES, ENGAGEMENT_LABELS, {
  'no informada': 'unaware',
  'desconoce': 'unaware',
  'informada': 'aware',
  'interesada': 'interested',
  'comprometida': 'committed',
  'miembro': 'member',
});
export const readVpStatus = vocabulary(VP_STATUSES, VP_STATUS_LABELS, {
  miembro: 'member',
  observador: 'observer',
  ninguno: 'none',
  no: 'none',
});
export const readTieType = vocabulary(TIE_TYPES, TIE_TYPE_LABELS, {
  membresia: 'membership',
  participacion: 'membership',
  miembro: 'membership',
  member: 'membership',
  financiacion: 'funding',
  financiamiento: 'funding',
  fondos: 'funding',
  informacion: 'information',
  capacitacion: 'training',
  dialogo: 'dialogue',
  coordinacion: 'coordination',
  colaboracion: 'collaboration',
  alianza: 'collaboration',
  partnership: 'collaboration',
  conflicto: 'conflict',
  propiedad: 'ownership',
  servicio: 'service',
});
export const readBasis = vocabulary(
  BASES,
  BASIS_LABELS,
  { ilustrativo: 'assumed' },
  {
    documentado: 'documented',
    documentada: 'documented',
    inferido: 'inferred',
    inferida: 'inferred',
    supuesto: 'assumed',
    supuesta: 'assumed',
  },
);

export const readEngagementKind = vocabulary(ENGAGEMENT_KINDS, ENGAGEMENT_KIND_LABELS, {
  'reunion': 'meeting',
  'reuniones': 'meeting',
  'sesion': 'meeting',
  'asamblea': 'meeting',
  'encuentro': 'meeting',
  'taller': 'workshop',
  'talleres': 'workshop',
  'mesa': 'round_table',
  'mesa de trabajo': 'round_table',
  'mesa de dialogo': 'round_table',
  'roundtable': 'round_table',
  'entrevista': 'interview',
  'capacitacion': 'training',
  'formacion': 'training',
  'curso': 'training',
  'llamada': 'call',
  'llamada telefonica': 'call',
  'videollamada': 'call',
  'phone call': 'call',
  'video call': 'call',
  'carta': 'letter',
  'oficio': 'letter',
  'correo': 'letter',
  'email': 'letter',
  'visita': 'visit',
  'visita de campo': 'visit',
  'field visit': 'visit',
});
export const readCommitmentStatus = vocabulary(COMMITMENT_STATUSES, COMMITMENT_STATUS_LABELS, {
  'en proceso': 'in_progress',
  'en progreso': 'in_progress',
  'en ejecucion': 'in_progress',
  'en marcha': 'in_progress',
  'cumplida': 'done',
  'hecho': 'done',
  'hecha': 'done',
  'completado': 'done',
  'completada': 'done',
  'abandonada': 'dropped',
  'cancelado': 'dropped',
  'cancelada': 'dropped',
  'desistido': 'dropped',
});

const REGION_BY_NAME = new Map<string, string>();
for (const region of regionsFile.regions) {
  REGION_BY_NAME.set(normalise(region.code), region.code);
  REGION_BY_NAME.set(normalise(region.code.slice(3)), region.code);
  REGION_BY_NAME.set(normalise(region.name.es), region.code);
  REGION_BY_NAME.set(normalise(region.name.en), region.code);
}
REGION_BY_NAME.set('bogota d c', 'CO-DC');
REGION_BY_NAME.set('co dc', 'CO-DC');
/** Names people write for a region that are not its name in the regions file: read with an assumption. */
const REGION_ASSUMED: Record<string, string> = {
  'lima': 'PE-LMA',
  'region lima': 'PE-LIM',
  'cuzco': 'PE-CUS',
  'bogota': 'CO-DC',
  'provincia constitucional del callao': 'PE-CAL',
};

/**
 * A region from an ISO 3166-2 code ("PE-CUS", "pe-cus") or a region name in
 * Spanish or English ("Cusco", "Lima Metropolitana", "Callao"). "Lima" alone
 * is read as Lima Metropolitana, with an assumption.
 */
export function readRegion(text: string): ReadValue {
  const key = normalise(text);
  const code = REGION_BY_NAME.get(key);
  if (code) return { value: code, assumed: false, label: regionLabel(code) };
  const assumed = REGION_ASSUMED[key];
  if (assumed) return { value: assumed, assumed: true, label: regionLabel(assumed) };
  return { value: text.trim().toUpperCase(), assumed: false };
}
