import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../src/io/columns';
import { readChosenFiles, type ChosenFile } from '../../src/io/import-files';
import { readTablesHere } from '../../src/io/read-here';
import { tablesToNetwork } from '../../src/io/table-import';

const file = (name: string, text: string): ChosenFile => ({
  name,
  size: text.length,
  text: async () => text,
  arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
});

/** Reads one CSV the way the import dialog does (first step, proposed columns, build). */
async function importCsv(name: string, text: string) {
  const step = await readChosenFiles([file(name, text)], new DOMParser(), readTablesHere);
  if (step.kind !== 'tables' || !step.actors) throw new Error('expected tables');
  const built = tablesToNetwork(
    step.actors,
    proposeMapping('actors', step.actors.headers),
    step.ties,
    step.ties && proposeMapping('ties', step.ties.headers),
    { id: 'x', title: name },
  );
  return { network: built.network!, problems: [...step.problems, ...built.problems] };
}

describe('an edge list', () => {
  it('in Spanish (origen,destino,peso) creates the actors it names, in order, with weights as strength', async () => {
    const { network, problems } = await importCsv(
      'mesa.csv',
      'origen,destino,peso\nDefensoría del Pueblo,Comunidad de Fuerabamba,10\nMinera Las Bambas,Comunidad de Fuerabamba,4\nDefensoría del Pueblo,Minera Las Bambas,1\n',
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(network.actors.map((a) => [a.id, a.name, a.sector, a.basis])).toEqual([
      ['defensoria-del-pueblo', 'Defensoría del Pueblo', 'civil_society', 'assumed'],
      ['comunidad-de-fuerabamba', 'Comunidad de Fuerabamba', 'civil_society', 'assumed'],
      ['minera-las-bambas', 'Minera Las Bambas', 'civil_society', 'assumed'],
    ]);
    // Weights 1–10 cut in thirds of 3: up to 4 → 1, up to 7 → 2, above → 3.
    expect(network.ties.map((t) => [t.source, t.target, t.type, t.strength, t.extra?.sourceWeight])).toEqual([
      ['defensoria-del-pueblo', 'comunidad-de-fuerabamba', 'collaboration', 3, '10'],
      ['minera-las-bambas', 'comunidad-de-fuerabamba', 'collaboration', 1, '4'],
      ['defensoria-del-pueblo', 'minera-las-bambas', 'collaboration', 1, '1'],
    ]);
    const report = problems.map((p) => p.messageEs ?? p.message).join('\n');
    expect(report).toContain('sus 3 actores se crearon con los nombres que da');
    expect(report).toContain('los pesos 1–10 se convirtieron en intensidad 1–3 por tercios iguales');
  });

  it('in English (source,target) with numbers for names, no weight', async () => {
    const { network, problems } = await importCsv('edges.csv', 'source,target\n1,2\n2,3\n3,1\n1,4\n');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(network.actors.map((a) => a.id)).toEqual(['1', '2', '3', '4']);
    expect(network.ties.map((t) => `${t.source}-${t.target}`)).toEqual(['1-2', '2-3', '3-1', '1-4']);
    expect(network.ties.every((t) => t.strength === null)).toBe(true);
  });

  it('keeps a type column it has, and reports a row with an end missing at its place', async () => {
    const { network, problems } = await importCsv('t.csv', 'source,target,type\nA,B,dialogue\nA,,conflict\n');
    expect(network.ties.map((t) => t.type)).toEqual(['dialogue']);
    expect(problems.find((p) => p.severity === 'error')?.path).toBe('t.csv row 3, column "target"');
  });
});
