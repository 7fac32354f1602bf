import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../src/io/columns';
import { readCsv } from '../../src/io/csv-read';
import { toCsv } from '../../src/io/csv';
import { networkToTables } from '../../src/io/table-export';
import { tablesToNetwork, type Table } from '../../src/io/table-import';
import { localize } from '../../src/model/localized';
import { parseNetwork } from '../../src/model/validate';
import type { Network } from '../../src/model/types';
import lima from '../../data/lima-2010.json';

function importCsv(actorsText: string, tiesText?: string) {
  const actors = readCsv(actorsText, 'actors.csv');
  const ties = tiesText === undefined ? null : readCsv(tiesText, 'ties.csv');
  if (!actors.table) return { network: null, problems: actors.problems };
  const result = tablesToNetwork(
    actors.table,
    proposeMapping('actors', actors.table.headers),
    ties?.table ?? null,
    ties?.table ? proposeMapping('ties', ties.table.headers) : null,
    { id: 'imported', title: 'Imported' },
  );
  return { network: result.network, problems: [...actors.problems, ...(ties?.problems ?? []), ...result.problems] };
}

const asCsv = (t: Table) => toCsv(t.headers, t.rows);

describe('proposeMapping', () => {
  it('recognises English and Spanish headers, with or without accents', () => {
    const m = proposeMapping('actors', ['Nombre', 'Sector', 'Región', 'Influencia', 'Conocimiento', 'Notas']);
    expect(m).toMatchObject({ name: 0, sector: 1, region: 2, influence: 3, vpKnowledge: 4, notes: 5, id: -1 });
    expect(proposeMapping('ties', ['De', 'A', 'Tipo', 'Confianza'])).toMatchObject({ source: 0, target: 1, type: 2, trust: 3 });
  });
});

describe('importing CSV tables', () => {
  it('reads Spanish labels as vocabulary values and joins ties by name', () => {
    const { network, problems } = importCsv(
      'nombre;sector;región;influencia\nMinisterio de Energía y Minas;Institución del Estado;PE-LMA;5\nCentro Guamán Poma;Organización de la sociedad civil;PE-CUS;3\n',
      'de;a;tipo;confianza\nministerio de energia y minas;Centro Guamán Poma;Diálogo;-1\n',
    );
    expect(problems).toEqual([]);
    expect(network?.actors.map((a) => [a.id, a.sector, a.influence])).toEqual([
      ['ministerio-de-energia-y-minas', 'state', 5],
      ['centro-guaman-poma', 'civil_society', 3],
    ]);
    expect(network?.ties[0]).toMatchObject({
      source: 'ministerio-de-energia-y-minas',
      target: 'centro-guaman-poma',
      type: 'dialogue',
      trust: -1,
    });
  });

  it('reports a bad row by file, row and column, suggests the closest value, and keeps the good rows', () => {
    const { network, problems } = importCsv(
      'name,sector,influence\nA,goverment,3\nB,company,9\nC,company,2\n',
      'from,to,type\nA,C,dialogue\nC,Nobody,dialogue\n',
    );
    // A has no usable sector (required): left out. B's influence is out of range: B is kept with influence empty.
    expect(network?.actors.map((a) => a.name)).toEqual(['B', 'C']);
    expect(network?.actors[0]?.influence).toBeNull();
    expect(problems.map((p) => p.severity)).toEqual(['error', 'warning', 'error', 'error']);
    expect(problems.map((p) => p.path)).toEqual([
      'actors.csv row 2, column "sector"',
      'actors.csv row 3, column "influence"',
      'ties.csv row 2, column "from"',
      'ties.csv row 3, column "to"',
    ]);
    expect(problems[0]?.message).toContain('"goverment" is not a known sector');
    expect(problems[1]?.message).toBe('9 must be between 1 and 5; imported with this value left empty');
  });

  it('leaves out rows with any bad cell when asked to skip them', () => {
    const actors = readCsv('name,sector,influence\nB,company,9\nC,company,2\n', 'actors.csv');
    const { network, problems } = tablesToNetwork(
      actors.table!,
      proposeMapping('actors', actors.table!.headers),
      null,
      null,
      { id: 'x', title: 'X' },
      { skipRowsWithProblems: true },
    );
    expect(network?.actors.map((a) => localize(a.name, 'es'))).toEqual(['C']);
    expect(problems).toEqual([expect.objectContaining({ path: 'actors.csv row 2, column "influence"', severity: 'error' })]);
  });

  it('reads a Spanish file as people write it: "Estado", "Empresa minera", "Cusco", "Lima Metropolitana", labels in any case', () => {
    const csv = [
      'nombre,sector,región,compromiso,base,fuente,dónde en la fuente',
      'Gobierno Regional del Cusco,Estado,Cusco,interesado,Documentado,acta.pdf,p. 2',
      'Minera del Sur,Empresa minera,Apurímac,,supuesto,,',
      'Policía de Lima,policía,Lima Metropolitana,,,,',
      'Municipalidad del Callao,estado,Callao,,,,',
      'Frente de Defensa,Organización de la sociedad civil,PE-PUN,,,,',
    ].join('\n');
    const actors = readCsv(csv, 'actores.csv');
    const { network, problems, readings } = tablesToNetwork(actors.table!, proposeMapping('actors', actors.table!.headers), null, null, {
      id: 'x',
      title: 'X',
    });
    // Every row comes in.
    expect(network?.actors.map((a) => [a.sector, a.region])).toEqual([
      ['state', 'PE-CUS'],
      ['company', 'PE-APU'],
      ['security_forces', 'PE-LMA'],
      ['state', 'PE-CAL'],
      ['civil_society', 'PE-PUN'],
    ]);
    expect(network?.actors[0]).toMatchObject({ engagement: 'interested', basis: 'documented' });
    // No source: never "documented"; a row without a basis column value and no source is assumed.
    expect(network?.actors.slice(1).map((a) => a.basis)).toEqual(['assumed', 'assumed', 'assumed', 'assumed']);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Short forms are read with a stated assumption, located; exact labels and region names silently.
    expect(problems.map((p) => [p.path, p.messageEs])).toEqual([
      ['actores.csv row 2, column "sector"', '«Estado» se leyó como «Institución del Estado»'],
      ['actores.csv row 3, column "sector"', '«Empresa minera» se leyó como «Empresa»'],
      ['actores.csv row 4, column "sector"', '«policía» se leyó como «Fuerzas de seguridad»'],
      ['actores.csv row 5, column "sector"', '«estado» se leyó como «Institución del Estado»'],
    ]);
    expect(readings).toContainEqual(
      expect.objectContaining({ field: 'region', text: 'Lima Metropolitana', value: 'PE-LMA', assumed: false }),
    );
    expect(readings).toContainEqual(expect.objectContaining({ field: 'sector', text: 'Empresa minera', value: 'company', assumed: true }));
  });

  it('says a short form once per column, at its first row, with how many more rows use it', () => {
    const { network, problems } = importCsv('nombre,sector\nA,Estado\nB,Empresa\nC,Estado\nD,Estado\n');
    expect(network?.actors.map((a) => a.sector)).toEqual(['state', 'company', 'state', 'state']);
    // Rows 2, 4 and 5 say "Estado": one warning at row 2, "and 2 more".
    expect(problems.map((p) => [p.path, p.message, p.messageEs])).toEqual([
      [
        'actors.csv row 2, column "sector"',
        '"Estado" was read as "State institution" (and in 2 more rows)',
        '«Estado» se leyó como «Institución del Estado» (y en 2 filas más)',
      ],
    ]);
  });

  it('warns about duplicate names and keeps both', () => {
    const { network, problems } = importCsv('name,sector\nRed Muqui,civil_society\nred muqui,civil_society\n');
    expect(network?.actors.map((a) => a.id)).toEqual(['red-muqui', 'red-muqui-2']);
    expect(problems).toEqual([expect.objectContaining({ path: 'actors.csv row 3, column "name"', severity: 'warning' })]);
  });

  it('says which required column is missing', () => {
    const { network, problems } = importCsv('name,region\nA,PE-CUS\n');
    expect(network).toBeNull();
    expect(problems[0]?.message).toContain('has no column for "sector"');
  });

  it('keeps columns it does not know as extra attributes', () => {
    const { network } = importCsv('name,sector,budget\nA,company,1200\n');
    expect(network?.actors[0]?.extra).toEqual({ budget: '1200' });
  });
});

describe('hostile and broken CSV files', () => {
  it.each([
    ['an empty file', '', /is empty/],
    ['only a byte order mark', '\uFEFF', /is empty/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const { network, problems } = importCsv(text);
    expect(network).toBeNull();
    expect(problems[0]?.message).toMatch(message);
  });

  it('drops a byte order mark before the first header', () => {
    expect(importCsv('\uFEFFname,sector\nA,company\n').network?.actors).toHaveLength(1);
  });

  it('reports ragged rows and still reads them', () => {
    const { network, problems } = importCsv('name,sector,region\nA,company\nB,company,PE-CUS,extra\n');
    expect(network?.actors).toHaveLength(2);
    expect(problems.map((p) => p.path)).toEqual(['actors.csv row 2', 'actors.csv row 3']);
  });

  it('never lets __proto__ or constructor headers touch the prototype chain', () => {
    const { network, problems } = importCsv('name,sector,__proto__,constructor\nA,company,{"polluted":true},x\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(network?.actors[0]?.extra ?? {})).toBe(Object.prototype);
    expect(problems.filter((p) => p.message.includes('not a usable column name'))).toHaveLength(2);
  });

  it('reads a semicolon-separated file with quoted fields and line breaks', () => {
    const { network } = importCsv('nombre;sector;notas\n"Perú 2021";business_association;"línea 1\nlínea 2; con punto y coma"\n');
    expect(network?.actors[0]).toMatchObject({ name: 'Perú 2021', notes: 'línea 1\nlínea 2; con punto y coma' });
  });
});

describe('CSV round trip', () => {
  it('exports the Lima network as two CSV files that import back to the same network', () => {
    const original = parseNetwork(lima).network!;
    const { actors, ties } = networkToTables(original, 'es');
    const { network, problems } = importCsv(asCsv(actors), asCsv(ties));
    expect(problems).toEqual([]);
    expect(network?.actors).toEqual(original.actors);
    expect(network?.ties).toEqual(original.ties);
  });

  it('round-trips arbitrary Unicode names, notes and extra values (property)', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 30 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && !s.includes(';') && !s.includes(' | ') && !/^\s|\s$/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: text, notes: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.trim()), budget: text }), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const source = parseNetwork({
            schemaVersion: 3,
            id: 'p',
            title: 'P',
            actors: rows.map((r, i) => ({
              id: `a${i}`,
              name: r.name,
              sector: 'company',
              notes: r.notes,
              basis: 'documented',
              sources: [{ doc: 'd.txt', locator: 'p. 1' }],
              extra: { budget: r.budget },
            })),
            ties: rows.length > 1 ? [{ id: 't', source: 'a0', target: 'a1', type: 'funding', trust: 1, basis: 'inferred' }] : [],
          }).network as Network;
          const { actors, ties } = networkToTables(source, 'en');
          const { network, problems } = importCsv(asCsv(actors), asCsv(ties));
          expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(network?.actors).toEqual(source.actors);
          expect(network?.ties).toEqual(source.ties);
        },
      ),
      { numRuns: 80 },
    );
  });
});
