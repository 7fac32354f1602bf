/**
 * The columns an actors file and a ties file can have, with the English and
 * Spanish headers that propose each one ("nombre" → name, "confianza" →
 * trust). Used by the CSV and spreadsheet importers and by the templates.
 * A column's own header is a key of the catalogues (`column.name`): files are
 * written in the interface language and read back in either.
 */
import { normalise } from '../model/search';
import type { LabelKey } from '../model/vocabularies';
import { LOCALES } from '../text/languages';
import { label } from '../text/translate';

export type TableKind = 'actors' | 'ties';

export interface ColumnDefinition {
  field: string;
  /** The header a file written by the app gives the column. */
  label: LabelKey;
  /** Headers (normalised: lower case, no accents, no spaces) that propose this field. */
  headers: string[];
  required?: boolean;
}

export const ACTOR_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'id', label: 'column.id', headers: ['id', 'code', 'codigo', 'identificador'] },
  {
    field: 'name',
    label: 'column.name',
    headers: ['name', 'nombre', 'institution', 'institucion', 'actor', 'organizacion', 'organisation', 'organization'],
    required: true,
  },
  { field: 'nameEn', label: 'column.nameEn', headers: ['nameen', 'nameinenglish', 'englishname', 'nombreeningles', 'nombreingles'] },
  {
    field: 'shortName',
    label: 'column.shortName',
    headers: ['shortname', 'short', 'sigla', 'siglas', 'acronym', 'abbreviation', 'nombrecorto'],
  },
  { field: 'shortNameEn', label: 'column.shortNameEn', headers: ['shortnameen', 'shortnameinenglish', 'nombrecortoeningles'] },
  { field: 'aliases', label: 'column.aliases', headers: ['aliases', 'alias', 'othernames', 'otrosnombres'] },
  { field: 'sector', label: 'column.sector', headers: ['sector', 'tipodeactor', 'actortype'], required: true },
  { field: 'level', label: 'column.level', headers: ['level', 'nivel', 'scope', 'ambito'] },
  { field: 'country', label: 'column.country', headers: ['country', 'pais'] },
  { field: 'region', label: 'column.region', headers: ['region', 'departamento', 'department', 'regioniso'] },
  { field: 'influence', label: 'column.influence', headers: ['influence', 'influencia', 'power', 'poder'] },
  {
    field: 'vpKnowledge',
    label: 'column.vpKnowledge',
    headers: ['vpknowledge', 'knowledge', 'conocimiento', 'conocimientopv', 'conocimientodelospv'],
  },
  { field: 'vpInterest', label: 'column.vpInterest', headers: ['vpinterest', 'interest', 'interes', 'interespv', 'interesenlospv'] },
  { field: 'stance', label: 'column.stance', headers: ['stance', 'postura', 'posicion', 'position'] },
  { field: 'engagement', label: 'column.engagement', headers: ['engagement', 'compromiso', 'involucramiento'] },
  { field: 'vpStatus', label: 'column.vpStatus', headers: ['vpstatus', 'estadopv', 'situacionpv', 'vps'] },
  { field: 'technical', label: 'column.technical', headers: ['technical', 'technicalcapacity', 'capacidadtecnica', 'tecnica'] },
  { field: 'humanRights', label: 'column.humanRights', headers: ['humanrights', 'derechoshumanos', 'ddhh'] },
  {
    field: 'conflictPrevention',
    label: 'column.conflictPrevention',
    headers: ['conflictprevention', 'prevencionconflictos', 'prevenciondeconflictos'],
  },
  {
    field: 'impartiality',
    label: 'column.impartiality',
    headers: ['impartiality', 'imparcialidad', 'seenasimpartial', 'reconocidocomoimparcial', 'neutralidad'],
  },
  { field: 'tags', label: 'column.tags', headers: ['tags', 'etiquetas', 'tag', 'etiqueta'] },
  { field: 'notes', label: 'column.notes', headers: ['notes', 'notas', 'observaciones', 'comments', 'comentarios'] },
  { field: 'notesEn', label: 'column.notesEn', headers: ['notesen', 'notesinenglish', 'notaseningles'] },
  { field: 'contacts', label: 'column.contacts', headers: ['contacts', 'contactos', 'contact', 'contacto'] },
  { field: 'sourceDoc', label: 'column.sourceDoc', headers: ['source', 'sourcedoc', 'document', 'fuente', 'documento'] },
  {
    field: 'sourceLocator',
    label: 'column.sourceLocator',
    headers: ['locator', 'sourcelocator', 'wherein', 'section', 'ubicacion', 'seccion', 'donde', 'dondeenlafuente', 'whereinthesource'],
  },
  {
    field: 'sourceLocatorEn',
    label: 'column.sourceLocatorEn',
    headers: ['locatoren', 'sourcelocatoren', 'whereinthesourceinenglish', 'dondeenlafuenteeningles'],
  },
  { field: 'sourceQuote', label: 'column.sourceQuote', headers: ['quote', 'sourcequote', 'cita'] },
  { field: 'basis', label: 'column.basis', headers: ['basis', 'base'] },
  { field: 'fieldBasis', label: 'column.fieldBasis', headers: ['fieldbasis', 'basisofsinglevalues', 'basedevalores'] },
];

export const TIE_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'id', label: 'column.id', headers: ['id', 'code', 'codigo'] },
  {
    field: 'source',
    label: 'column.source',
    headers: ['source', 'from', 'de', 'origen', 'actor1', 'actora', 'desdeactor'],
    required: true,
  },
  { field: 'target', label: 'column.target', headers: ['target', 'to', 'a', 'destino', 'hacia', 'actor2', 'actorb'], required: true },
  {
    field: 'type',
    label: 'column.type',
    headers: ['type', 'tipo', 'relationship', 'relacion', 'tipodevinculo', 'tietype'],
    required: true,
  },
  { field: 'directed', label: 'column.directed', headers: ['directed', 'dirigido'] },
  { field: 'trust', label: 'column.trust', headers: ['trust', 'confianza'] },
  { field: 'strength', label: 'column.strength', headers: ['strength', 'intensidad', 'fuerza', 'weight', 'peso'] },
  { field: 'since', label: 'column.since', headers: ['since', 'desde', 'inicio', 'fechainicio', 'start'] },
  { field: 'until', label: 'column.until', headers: ['until', 'hasta', 'fin', 'fechafin', 'end'] },
  { field: 'notes', label: 'column.notes', headers: ['notes', 'notas', 'observaciones', 'comments', 'comentarios'] },
  { field: 'notesEn', label: 'column.notesEn', headers: ['notesen', 'notesinenglish', 'notaseningles'] },
  {
    field: 'sourceDoc',
    label: 'column.tie.sourceDoc',
    headers: ['sourcedoc', 'document', 'fuente', 'documento', 'documentofuente', 'sourcedocument'],
  },
  {
    field: 'sourceLocator',
    label: 'column.sourceLocator',
    headers: ['locator', 'sourcelocator', 'section', 'ubicacion', 'seccion', 'donde', 'dondeenlafuente', 'whereinthesource'],
  },
  {
    field: 'sourceLocatorEn',
    label: 'column.sourceLocatorEn',
    headers: ['locatoren', 'sourcelocatoren', 'whereinthesourceinenglish', 'dondeenlafuenteeningles'],
  },
  { field: 'sourceQuote', label: 'column.sourceQuote', headers: ['quote', 'sourcequote', 'cita'] },
  { field: 'basis', label: 'column.basis', headers: ['basis', 'base'] },
  { field: 'fieldBasis', label: 'column.fieldBasis', headers: ['fieldbasis', 'basisofsinglevalues', 'basedevalores'] },
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
  return proposeColumns(columnsFor(kind), headers);
}

/** field → the column proposed for it among `headers`, for any list of columns (io/record-columns.ts too). */
export function proposeColumns(columns: readonly ColumnDefinition[], headers: readonly string[]): Mapping {
  const keys = headers.map(headerKey);
  const mapping: Mapping = {};
  const used = new Set<number>();
  for (const column of columns) {
    const own = LOCALES.map((locale) => headerKey(label(locale, column.label)));
    const index = keys.findIndex((key, i) => !used.has(i) && (column.headers.includes(key) || own.includes(key)));
    mapping[column.field] = index;
    if (index >= 0) used.add(index);
  }
  return mapping;
}
