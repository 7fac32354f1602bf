/**
 * The columns an actors file and a ties file can have, with the English and
 * Spanish headers that propose each one ("nombre" → name, "confianza" →
 * trust). Used by the CSV and spreadsheet importers and by the templates.
 */
import { normalise } from '../model/search';
import type { Label } from '../model/vocabularies';

export type TableKind = 'actors' | 'ties';

export interface ColumnDefinition {
  field: string;
  label: Label;
  /** Headers (normalised: lower case, no accents, no spaces) that propose this field. */
  headers: string[];
  required?: boolean;
}

export const ACTOR_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'id', label: { en: 'id', es: 'id' }, headers: ['id', 'code', 'codigo', 'identificador'] },
  { field: 'name', label: { en: 'name', es: 'nombre' }, headers: ['name', 'nombre', 'institution', 'institucion', 'actor', 'organizacion', 'organisation', 'organization'], required: true },
  { field: 'nameEn', label: { en: 'name in English', es: 'nombre en inglés' }, headers: ['nameen', 'nameinenglish', 'englishname', 'nombreeningles', 'nombreingles'] },
  { field: 'shortName', label: { en: 'short name', es: 'nombre corto' }, headers: ['shortname', 'short', 'sigla', 'siglas', 'acronym', 'abbreviation', 'nombrecorto'] },
  { field: 'shortNameEn', label: { en: 'short name in English', es: 'nombre corto en inglés' }, headers: ['shortnameen', 'shortnameinenglish', 'nombrecortoeningles'] },
  { field: 'aliases', label: { en: 'aliases', es: 'otros nombres' }, headers: ['aliases', 'alias', 'othernames', 'otrosnombres'] },
  { field: 'sector', label: { en: 'sector', es: 'sector' }, headers: ['sector', 'tipodeactor', 'actortype'], required: true },
  { field: 'level', label: { en: 'level', es: 'nivel' }, headers: ['level', 'nivel', 'scope', 'ambito'] },
  { field: 'country', label: { en: 'country', es: 'país' }, headers: ['country', 'pais'] },
  { field: 'region', label: { en: 'region', es: 'región' }, headers: ['region', 'departamento', 'department', 'regioniso'] },
  { field: 'influence', label: { en: 'influence', es: 'influencia' }, headers: ['influence', 'influencia', 'power', 'poder'] },
  { field: 'vpKnowledge', label: { en: 'VP knowledge', es: 'conocimiento PV' }, headers: ['vpknowledge', 'knowledge', 'conocimiento', 'conocimientopv', 'conocimientodelospv'] },
  { field: 'vpInterest', label: { en: 'VP interest', es: 'interés PV' }, headers: ['vpinterest', 'interest', 'interes', 'interespv', 'interesenlospv'] },
  { field: 'stance', label: { en: 'stance', es: 'postura' }, headers: ['stance', 'postura', 'posicion', 'position'] },
  { field: 'engagement', label: { en: 'engagement', es: 'compromiso' }, headers: ['engagement', 'compromiso', 'involucramiento'] },
  { field: 'vpStatus', label: { en: 'VPs status', es: 'situación PV' }, headers: ['vpstatus', 'estadopv', 'situacionpv', 'vps'] },
  { field: 'technical', label: { en: 'technical capacity', es: 'capacidad técnica' }, headers: ['technical', 'technicalcapacity', 'capacidadtecnica', 'tecnica'] },
  { field: 'humanRights', label: { en: 'human-rights knowledge', es: 'derechos humanos' }, headers: ['humanrights', 'derechoshumanos', 'ddhh'] },
  { field: 'conflictPrevention', label: { en: 'conflict prevention', es: 'prevención de conflictos' }, headers: ['conflictprevention', 'prevencionconflictos', 'prevenciondeconflictos'] },
  { field: 'impartiality', label: { en: 'seen as impartial', es: 'reconocido como imparcial' }, headers: ['impartiality', 'imparcialidad', 'seenasimpartial', 'reconocidocomoimparcial', 'neutralidad'] },
  { field: 'tags', label: { en: 'tags', es: 'etiquetas' }, headers: ['tags', 'etiquetas', 'tag', 'etiqueta'] },
  { field: 'notes', label: { en: 'notes', es: 'notas' }, headers: ['notes', 'notas', 'observaciones', 'comments', 'comentarios'] },
  { field: 'notesEn', label: { en: 'notes in English', es: 'notas en inglés' }, headers: ['notesen', 'notesinenglish', 'notaseningles'] },
  { field: 'contacts', label: { en: 'contacts', es: 'contactos' }, headers: ['contacts', 'contactos', 'contact', 'contacto'] },
  { field: 'sourceDoc', label: { en: 'source', es: 'fuente' }, headers: ['source', 'sourcedoc', 'document', 'fuente', 'documento'] },
  { field: 'sourceLocator', label: { en: 'where in the source', es: 'dónde en la fuente' }, headers: ['locator', 'sourcelocator', 'wherein', 'section', 'ubicacion', 'seccion', 'donde', 'dondeenlafuente', 'whereinthesource'] },
  { field: 'sourceLocatorEn', label: { en: 'where in the source, in English', es: 'dónde en la fuente, en inglés' }, headers: ['locatoren', 'sourcelocatoren', 'whereinthesourceinenglish', 'dondeenlafuenteeningles'] },
  { field: 'sourceQuote', label: { en: 'quote', es: 'cita' }, headers: ['quote', 'sourcequote', 'cita'] },
  { field: 'basis', label: { en: 'basis', es: 'base' }, headers: ['basis', 'base'] },
  { field: 'fieldBasis', label: { en: 'basis of single values', es: 'base de valores' }, headers: ['fieldbasis', 'basisofsinglevalues', 'basedevalores'] },
];

export const TIE_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'id', label: { en: 'id', es: 'id' }, headers: ['id', 'code', 'codigo'] },
  { field: 'source', label: { en: 'from', es: 'de' }, headers: ['source', 'from', 'de', 'origen', 'actor1', 'actora', 'desdeactor'], required: true },
  { field: 'target', label: { en: 'to', es: 'a' }, headers: ['target', 'to', 'a', 'destino', 'hacia', 'actor2', 'actorb'], required: true },
  { field: 'type', label: { en: 'type', es: 'tipo' }, headers: ['type', 'tipo', 'relationship', 'relacion', 'tipodevinculo', 'tietype'], required: true },
  { field: 'directed', label: { en: 'directed', es: 'dirigido' }, headers: ['directed', 'dirigido'] },
  { field: 'trust', label: { en: 'trust', es: 'confianza' }, headers: ['trust', 'confianza'] },
  { field: 'strength', label: { en: 'strength', es: 'intensidad' }, headers: ['strength', 'intensidad', 'fuerza', 'weight', 'peso'] },
  { field: 'since', label: { en: 'since', es: 'desde' }, headers: ['since', 'desde', 'inicio', 'fechainicio', 'start'] },
  { field: 'until', label: { en: 'until', es: 'hasta' }, headers: ['until', 'hasta', 'fin', 'fechafin', 'end'] },
  { field: 'notes', label: { en: 'notes', es: 'notas' }, headers: ['notes', 'notas', 'observaciones', 'comments', 'comentarios'] },
  { field: 'notesEn', label: { en: 'notes in English', es: 'notas en inglés' }, headers: ['notesen', 'notesinenglish', 'notaseningles'] },
  { field: 'sourceDoc', label: { en: 'source document', es: 'documento fuente' }, headers: ['sourcedoc', 'document', 'fuente', 'documento', 'documentofuente', 'sourcedocument'] },
  { field: 'sourceLocator', label: { en: 'where in the source', es: 'dónde en la fuente' }, headers: ['locator', 'sourcelocator', 'section', 'ubicacion', 'seccion', 'donde', 'dondeenlafuente', 'whereinthesource'] },
  { field: 'sourceLocatorEn', label: { en: 'where in the source, in English', es: 'dónde en la fuente, en inglés' }, headers: ['locatoren', 'sourcelocatoren', 'whereinthesourceinenglish', 'dondeenlafuenteeningles'] },
  { field: 'sourceQuote', label: { en: 'quote', es: 'cita' }, headers: ['quote', 'sourcequote', 'cita'] },
  { field: 'basis', label: { en: 'basis', es: 'base' }, headers: ['basis', 'base'] },
  { field: 'fieldBasis', label: { en: 'basis of single values', es: 'base de valores' }, headers: ['fieldbasis', 'basisofsinglevalues', 'basedevalores'] },
];

export function columnsFor(kind: TableKind): readonly ColumnDefinition[] {
  return kind === 'actors' ? ACTOR_COLUMNS : TIE_COLUMNS;
}

/** A header in the form the synonyms are written in. */
export function headerKey(header: string): string {
  return normalise(header).replace(/ /g, '');
}

/** field → index of the column proposed for it (or -1), from the file's headers. Each column is proposed once. */
export type Mapping = Record<string, number>;

export function proposeMapping(kind: TableKind, headers: readonly string[]): Mapping {
  const keys = headers.map(headerKey);
  const mapping: Mapping = {};
  const used = new Set<number>();
  for (const column of columnsFor(kind)) {
    const index = keys.findIndex((key, i) => !used.has(i) && (column.headers.includes(key) || key === headerKey(column.label.en) || key === headerKey(column.label.es)));
    mapping[column.field] = index;
    if (index >= 0) used.add(index);
  }
  return mapping;
}
