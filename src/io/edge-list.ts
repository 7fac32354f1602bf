/**
 * An edge list — a table of ties with only their ends (`source,target`, or
 * `origen,destino`) and perhaps a weight — becomes the two tables an import
 * needs: the actors it names, in order of first mention, and the ties with a
 * type and strength. Everything it had to assume is said in the report.
 */
import type { Problem } from '../model/types';
import { proposeMapping } from './columns';
import type { Table } from './table-import';
import { SOURCE_WEIGHT, weightsAsStrength } from './weights';

const warning = (path: string, message: string, messageEs: string): Problem => ({
  path,
  code: 'missing',
  severity: 'warning',
  message,
  messageEs,
});

/** Reads a number as people write it: "2", "2.5", "2,5". */
const numeric = (text: string) => (text.trim() === '' ? NaN : Number(text.trim().replace(',', '.')));

export function edgeListTables(ties: Table): { actors: Table; ties: Table; problems: Problem[] } {
  const mapping = proposeMapping('ties', ties.headers);
  const source = mapping.source!;
  const target = mapping.target!;
  const problems: Problem[] = [];

  const names: string[] = [];
  const seen = new Set<string>();
  for (const row of ties.rows) {
    for (const end of [row[source], row[target]]) {
      const name = end?.trim() ?? '';
      if (name && !seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
  const actors: Table = {
    fileName: `${ties.fileName} (actors named in it)`,
    headers: ['name', 'sector', 'basis'],
    rows: names.map((name) => [name, 'civil_society', 'assumed']),
  };
  problems.push(
    warning(
      ties.fileName,
      `is a list of ties only: its ${names.length} actors were created from the names it gives, each as a civil-society organisation with basis "assumed" — set their sectors before analysing`,
      `es solo una lista de vínculos: sus ${names.length} actores se crearon con los nombres que da, cada uno como organización de la sociedad civil con base «supuesto»; fije sus sectores antes de analizar`,
    ),
  );

  let headers = [...ties.headers];
  let rows = ties.rows.map((row) => [...row]);
  if (!(mapping.type! >= 0)) {
    headers = [...headers, 'type', 'basis'];
    rows = rows.map((row) => [...row, 'collaboration', 'assumed']);
    problems.push(
      warning(
        ties.fileName,
        'gives no tie type: every tie was imported as a collaboration, basis "assumed"',
        'no indica tipos de vínculo: cada vínculo se importó como colaboración, con base «supuesto»',
      ),
    );
  }
  // A weight column becomes strength on the 1–3 scale, the original kept beside it.
  const weight = mapping.strength!;
  if (weight >= 0) {
    const scale = weightsAsStrength(rows.map((row) => numeric(row[weight] ?? '')).filter(Number.isFinite), ties.fileName);
    if (scale) {
      problems.push(scale.problem);
      headers = [...headers, SOURCE_WEIGHT];
      rows = rows.map((row) => {
        const value = numeric(row[weight] ?? '');
        const copy = [...row, row[weight] ?? ''];
        copy[weight] = Number.isFinite(value) ? String(scale.strength(value)) : '';
        return copy;
      });
    }
  }
  return { actors, ties: { ...ties, headers, rows }, problems };
}
