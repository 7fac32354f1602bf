/**
 * Says a validation problem in the interface language. English comes from
 * the model's own message; Spanish is built from the problem's code and
 * parameters, so no wording is lost in translation.
 */
import type { Locale } from '../model/localized';
import type { Problem } from '../model/types';

const ES_FORMAT: Record<string, string> = {
  id: 'debe ser un identificador (minúsculas, dígitos, - _ .)',
  region: 'debe ser un código ISO 3166-2 como "PE-CUS"',
  country: 'debe ser un código ISO 3166-1 alfa-2 como "PE"',
  since: 'debe ser una fecha como 2010, 2010-02 o 2010-02-25',
  until: 'debe ser una fecha como 2010, 2010-02 o 2010-02-25',
  date: 'debe ser una fecha como 2010, 2010-02 o 2010-02-25',
};

function spanish(problem: Problem): string {
  const p = problem.params ?? {};
  const value = p.value !== undefined ? `"${p.value}"` : '';
  switch (problem.code) {
    case 'missing':
      return 'es obligatorio';
    case 'unknown-value':
      return `${value} no es un valor conocido${p.suggestion ? ` (¿quiso decir "${p.suggestion}"?)` : ''}`;
    case 'out-of-range':
      if (p.bound === 'integer') return `${value} debe ser un número entero`;
      return p.bound === 'min' ? `${value} es menor que el mínimo (${p.limit})` : `${value} es mayor que el máximo (${p.limit})`;
    case 'bad-format':
      return p.value === '' ? 'no puede estar vacío' : `${value} ${ES_FORMAT[p.field ?? ''] ?? 'no tiene el formato esperado'}`;
    case 'wrong-type':
      return `${value} no es del tipo esperado`;
    case 'duplicate-id':
      return `${value} ya está en uso${p.other ? ` (${p.other})` : ''}`;
    case 'missing-actor':
      return p.other ? `${value} es ${p.other}, que se dejó fuera por sus propios problemas` : `${value} no es un actor de esta red`;
    case 'self-loop':
      return `vincula ${value} consigo mismo`;
    case 'unsupported-version':
      return `${value} no es una versión de esquema admitida`;
    case 'not-json':
      return 'no es un JSON válido';
    case 'unsourced':
      return 'está marcado como «documentado» pero el registro no tiene fuente; agregue una fuente o márquelo como inferido o supuesto';
    case 'invalid':
      return 'no es válido';
  }
}

/** The problem's message in `locale`, without its path. */
export function describeProblem(problem: Problem, locale: Locale): string {
  if (locale === 'en') return problem.message;
  return problem.messageEs ?? `${spanish(problem)}${problem.params?.emptied ? '; se importó con este valor vacío' : ''}`;
}

/** A problem's place in the interface language: "actors.csv row 4, column "sector"" → "fila 4, columna …". */
export function describePath(path: string, locale: Locale): string {
  if (locale === 'en') return path;
  return path
    .replace(/\brow (\d+)/g, 'fila $1')
    .replace(/\bcolumn "/g, 'columna "')
    .replace(/\bnodes\b/g, 'nodos')
    .replace(/\bedges\b/g, 'aristas')
    .replace(/\bedge (\d+)/g, 'arista $1')
    .replace(/\bfeature (\d+)/g, 'forma $1')
    .replace(/, property "/g, ', propiedad "');
}
