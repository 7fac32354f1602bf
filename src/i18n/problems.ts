/**
 * Says a validation problem in the interface language. English comes from
 * the model's own message; Spanish is built from the problem's code and
 * parameters, so no wording is lost in translation.
 */
import type { Locale } from '../model/localized';
import type { Problem } from '../model/types';
import { translate } from '../text/translate';

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
    .replace(/\bgraph (\d+)/g, 'grafo $1')
    .replace(/\bnode (\d+)/g, 'nodo $1')
    .replace(/\(case "/g, '(caso "')
    .replace(/\bline (\d+)/g, 'línea $1')
    .replace(/\bfeature (\d+)/g, 'forma $1')
    .replace(/, property "/g, ', propiedad "');
}

/** Problems that say the same thing at many places of one file and column, with how many places. */
export interface ProblemGroup {
  /** The first of them, whose path names its row. */
  problem: Problem;
  count: number;
  /** Its path without the row: "red.gexf nodes, column "source"". */
  where: string;
  /** What the places are: nodes and edges of a graph file, rows of a table. */
  unit: 'nodes' | 'edges' | 'rows';
}

/** The place of a problem without its row or element: the part that many problems share. */
function placeOf(path: string): { where: string; unit: ProblemGroup['unit'] } {
  const node = / nodes row \d+/;
  const edge = / edges row \d+| edge \d+(?: \(id "[^"]*"\))?/;
  if (node.test(path)) return { where: path.replace(node, ''), unit: 'nodes' };
  if (edge.test(path)) return { where: path.replace(edge, ''), unit: 'edges' };
  return { where: path.replace(/ row \d+/, ''), unit: 'rows' };
}

/**
 * The problems as lines to show, in their order: those that say the same
 * (severity, code, message in both languages) at the same file and column
 * are one line with their count, so that a file whose 1,224 nodes share one
 * problem shows one line, not 1,224.
 */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const place = placeOf(problem.path);
    const key = [
      problem.severity,
      problem.code,
      place.where,
      problem.message,
      problem.messageEs ?? '',
      JSON.stringify(problem.params ?? {}),
    ].join('\u0000');
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { problem, count: 1, ...place });
  }
  return [...groups.values()];
}

const UNIT_KEYS = { nodes: 'problems.nodes', edges: 'problems.edges', rows: 'problems.rows' } as const;

/** Where a group of problems is, in the interface language: its one place, or "red.gexf, columna "source" (1,224 nodos)". */
export function describeGroupPlace(group: ProblemGroup, locale: Locale): string {
  if (group.count === 1) return describePath(group.problem.path, locale);
  return `${describePath(group.where, locale)} (${translate(locale, UNIT_KEYS[group.unit], { count: group.count })})`;
}
