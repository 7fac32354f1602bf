/**
 * The columns of an engagements file (one row per meeting, workshop, call …) and a commitments file, with the
 * English and Spanish headers that propose each one ("fecha" → date, "participantes" → participants). Headers are
 * compared without accents, case or spaces; the importer (io/record-import.ts) and the sheets the app writes
 * (io/record-export.ts) share them, so an exported sheet reads back as it was.
 */
import { proposeColumns, type ColumnDefinition, type Mapping } from './columns';

export type RecordTableKind = 'engagements' | 'commitments';

const SOURCE_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'sourceDoc', label: 'column.sourceDoc', headers: ['source', 'sourcedoc', 'document', 'fuente', 'documento'] },
  {
    field: 'sourceLocator',
    label: 'column.sourceLocator',
    headers: ['locator', 'sourcelocator', 'section', 'ubicacion', 'seccion', 'dondeenlafuente', 'whereinthesource'],
  },
  {
    field: 'sourceLocatorEn',
    label: 'column.sourceLocatorEn',
    headers: ['locatoren', 'sourcelocatoren', 'whereinthesourceinenglish', 'dondeenlafuenteeningles'],
  },
  { field: 'sourceQuote', label: 'column.sourceQuote', headers: ['quote', 'sourcequote', 'cita'] },
  { field: 'basis', label: 'column.basis', headers: ['basis', 'base'] },
];

export const ENGAGEMENT_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'id', label: 'column.id', headers: ['id', 'code', 'codigo', 'identificador'] },
  { field: 'date', label: 'column.date', headers: ['date', 'fecha', 'dia', 'day', 'from', 'desde', 'inicio', 'start'], required: true },
  { field: 'until', label: 'column.until', headers: ['until', 'hasta', 'to', 'fin', 'end', 'fechafin', 'enddate'] },
  {
    field: 'kind',
    label: 'column.kind',
    headers: ['kind', 'tipo', 'type', 'tipodeevento', 'tipodereunion', 'eventtype', 'modalidad'],
    required: true,
  },
  { field: 'topic', label: 'column.topic', headers: ['topic', 'tema', 'asunto', 'subject', 'title', 'titulo', 'agenda', 'motivo'] },
  { field: 'topicEn', label: 'column.topicEn', headers: ['topicen', 'topicinenglish', 'temaeningles'] },
  { field: 'region', label: 'column.region', headers: ['region', 'departamento', 'department'] },
  { field: 'place', label: 'column.place', headers: ['place', 'lugar', 'sede', 'venue', 'localidad', 'location', 'ciudad', 'city'] },
  { field: 'placeEn', label: 'column.placeEn', headers: ['placeen', 'placeinenglish', 'lugaren', 'lugareningles'] },
  {
    field: 'participants',
    label: 'column.participants',
    headers: ['participants', 'participantes', 'asistentes', 'attended', 'attendees', 'actores', 'actors', 'asistieron'],
  },
  { field: 'convened', label: 'column.convened', headers: ['convened', 'convocantes', 'convoco', 'convocado', 'convenors', 'conveners'] },
  {
    field: 'invited',
    label: 'column.invited',
    headers: ['invited', 'invitados', 'invitadosausentes', 'ausentes', 'absent', 'invitedabsent', 'noasistieron'],
  },
  { field: 'outcome', label: 'column.outcome', headers: ['outcome', 'resultado', 'resultados', 'acuerdos', 'result', 'results'] },
  { field: 'outcomeEn', label: 'column.outcomeEn', headers: ['outcomeen', 'outcomeinenglish', 'resultadoeningles'] },
  ...SOURCE_COLUMNS,
];

export const COMMITMENT_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'id', label: 'column.id', headers: ['id', 'code', 'codigo', 'identificador'] },
  {
    field: 'what',
    label: 'column.what',
    headers: ['what', 'commitment', 'compromiso', 'que', 'promesa', 'promise', 'descripcion', 'description'],
    required: true,
  },
  { field: 'whatEn', label: 'column.whatEn', headers: ['whaten', 'commitmentinenglish', 'compromisoeningles'] },
  {
    field: 'by',
    label: 'column.by',
    headers: ['by', 'quien', 'quienes', 'responsable', 'responsables', 'promisedby', 'secomprometio', 'quiensecomprometio'],
  },
  { field: 'to', label: 'column.to', headers: ['to', 'para', 'aquien', 'antequien', 'promisedto', 'beneficiario', 'beneficiarios'] },
  { field: 'engagement', label: 'column.madeAt', headers: ['engagement', 'reunion', 'madeat', 'hechoen', 'evento', 'event'] },
  { field: 'made', label: 'column.made', headers: ['made', 'madeon', 'fecha', 'date', 'fechadelcompromiso', 'hecho'] },
  { field: 'due', label: 'column.due', headers: ['due', 'plazo', 'vence', 'vencimiento', 'fechalimite', 'deadline', 'duedate'] },
  { field: 'status', label: 'column.status', headers: ['status', 'estado', 'situacion'] },
  { field: 'history', label: 'column.history', headers: ['history', 'historial', 'cambios'] },
  { field: 'evidence', label: 'column.evidence', headers: ['evidence', 'evidencia', 'verificacion', 'mediodeverificacion'] },
  { field: 'evidenceEn', label: 'column.evidenceEn', headers: ['evidenceen', 'evidenceinenglish', 'evidenciaeningles'] },
  ...SOURCE_COLUMNS,
];

export function recordColumns(kind: RecordTableKind): readonly ColumnDefinition[] {
  return kind === 'engagements' ? ENGAGEMENT_COLUMNS : COMMITMENT_COLUMNS;
}

export function proposeRecordMapping(kind: RecordTableKind, headers: readonly string[]): Mapping {
  return proposeColumns(recordColumns(kind), headers);
}

/** Whether a table's headers look like engagements (a date and participants) or commitments (what and due). */
export function recordKindOf(headers: readonly string[]): RecordTableKind | null {
  const e = proposeRecordMapping('engagements', headers);
  const c = proposeRecordMapping('commitments', headers);
  if (c.what! >= 0 && (c.due! >= 0 || c.by! >= 0)) return 'commitments';
  if (e.date! >= 0 && (e.participants! >= 0 || e.convened! >= 0 || e.kind! >= 0)) return 'engagements';
  return null;
}
