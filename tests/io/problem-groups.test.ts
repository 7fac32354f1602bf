import { describe, expect, it } from 'vitest';
import { describeGroupPlace, describeProblem, groupProblems } from '../../src/i18n/problems';
import type { Problem } from '../../src/model/types';
import { loadCatalogues } from '../../src/text/catalogues';

await loadCatalogues();

const emptied = (row: number, column = 'source'): Problem => ({
  path: `red.gexf nodes row ${row}, column "${column}"`,
  code: 'bad-format',
  severity: 'warning',
  message: '"" must not be empty; imported with this value left empty',
  params: { field: 'locator', value: '', emptied: true },
});

describe('groupProblems(problems)', () => {
  it('makes 1,000 identical warnings on 1,000 nodes one line with the count', () => {
    const problems = Array.from({ length: 1000 }, (_, i) => emptied(i + 2));
    const groups = groupProblems(problems);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 1000, unit: 'nodes', where: 'red.gexf, column "source"' });
    expect(describeGroupPlace(groups[0]!, 'es')).toBe('red.gexf, columna "source" (1,000 nodos)');
    expect(describeGroupPlace(groups[0]!, 'en')).toBe('red.gexf, column "source" (1,000 nodes)');
    expect(describeProblem(groups[0]!.problem, 'es')).toBe('no puede estar vacío; se importó con este valor vacío');
  });

  it('keeps apart what differs (column, message, severity) and the order first met; a single problem keeps its row', () => {
    const other: Problem = { ...emptied(3), severity: 'error' };
    const groups = groupProblems([emptied(2), emptied(2, 'value'), emptied(4), other, emptied(5, 'value')]);
    expect(groups.map((g) => [g.problem.path, g.count])).toEqual([
      ['red.gexf nodes row 2, column "source"', 2],
      ['red.gexf nodes row 2, column "value"', 2],
      ['red.gexf nodes row 3, column "source"', 1],
    ]);
    expect(describeGroupPlace(groups[2]!, 'es')).toBe('red.gexf nodos fila 3, columna "source"');
  });

  it('counts edges and table rows in their own words', () => {
    const edge = (n: number): Problem => ({
      path: `red.graphml edge ${n} (id "e${n}")`,
      code: 'self-loop',
      severity: 'error',
      message: 'x',
    });
    const row = (n: number): Problem => ({
      path: `actores.csv row ${n}, column "sector"`,
      code: 'missing',
      severity: 'error',
      message: 'y',
    });
    const groups = groupProblems([edge(1), edge(2), edge(3), row(2), row(3)]);
    expect(groups.map((g) => describeGroupPlace(g, 'es'))).toEqual(['red.graphml (3 aristas)', 'actores.csv, columna "sector" (2 filas)']);
  });

  it('says the places of a Network Canvas export (graph, case, node, line) in Spanish', () => {
    const at = (path: string): Problem => ({ path, code: 'missing', severity: 'error', message: 'z' });
    const groups = groupProblems([at('e.graphml graph 2 (case "E02") node 3 (id "3"), influencia'), at('e.graphml line 40: x')]);
    expect(groups.map((g) => describeGroupPlace(g, 'es'))).toEqual([
      'e.graphml grafo 2 (caso "E02") nodo 3 (id "3"), influencia',
      'e.graphml línea 40: x',
    ]);
  });
});
