import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_MEGABYTES, kindOf, readChosenFiles, type ChosenFile } from '../../src/io/import-files';
import { readTablesHere } from '../../src/io/read-here';
import type { XmlParser } from '../../src/io/graph-formats';
import { describeProblem } from '../../src/i18n/problems';
import { encryptText } from '../../src/io/encrypted-file';

const xml = new DOMParser() as unknown as XmlParser;
function file(name: string, text: string, size = text.length): ChosenFile {
  return { name, size, text: async () => text, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer };
}

describe('readChosenFiles', () => {
  it('refuses a 50 MB file without reading it', async () => {
    let read = false;
    const huge: ChosenFile = {
      name: 'actors.csv',
      size: 50 * 1024 * 1024,
      text: async () => ((read = true), ''),
      arrayBuffer: async () => new ArrayBuffer(0),
    };
    const step = await readChosenFiles([huge], xml, readTablesHere);
    expect(read).toBe(false);
    expect(step.problems[0]?.message).toBe(`is larger than ${MAX_FILE_MEGABYTES} MB, the most Puentes reads at once`);
    // The import dialog says it in Spanish too.
    expect(describeProblem(step.problems[0]!, 'es')).toBe(`pesa más de ${MAX_FILE_MEGABYTES} MB, lo máximo que Puentes lee de una vez`);
  });

  it('refuses a kind of file it does not read', async () => {
    const step = await readChosenFiles([file('map.pdf', '%PDF')], xml, readTablesHere);
    expect(step.problems[0]).toMatchObject({ path: 'map.pdf', severity: 'error' });
  });

  it('tells the ties table from the actors table by their headers, in any order', async () => {
    const step = await readChosenFiles(
      [file('b.csv', 'de,a,tipo\nX,Y,dialogue\n'), file('a.csv', 'nombre,sector\nX,company\nY,state\n')],
      xml,
      readTablesHere,
    );
    expect(step.kind).toBe('tables');
    if (step.kind === 'tables') {
      expect(step.actors?.fileName).toBe('a.csv');
      expect(step.ties?.fileName).toBe('b.csv');
    }
  });

  it('reads a native JSON file with its problems', async () => {
    const step = await readChosenFiles([file('net.json', '{"schemaVersion": 1, "id": "x"')], xml, readTablesHere);
    expect(step).toMatchObject({ kind: 'network', network: null });
    expect(step.problems[0]?.code).toBe('not-json');
  });

  it('asks for the passphrase of a protected network file, reading nothing of it, and says what is damaged in one', async () => {
    const network = '{"schemaVersion": 2, "id": "lima-2010"}';
    const protectedText = await encryptText(network, 'contraseña larga', { N: 2 ** 10, r: 8, p: 1 });
    let read = 0;
    const step = await readChosenFiles([file('lima.json', protectedText)], xml, readTablesHere, async () => {
      read++;
      return { network: null, problems: [] };
    });
    expect(read).toBe(0);
    expect(step).toMatchObject({ kind: 'network', network: null, fileName: 'lima.json', encrypted: protectedText });
    expect(step.problems).toEqual([expect.objectContaining({ path: 'lima.json', severity: 'error' })]);
    expect(describeProblem(step.problems[0]!, 'es')).toBe('está protegido con una contraseña: ábralo con «Importar» en Puentes');

    const cut = await readChosenFiles([file('lima.json', protectedText.slice(0, 300))], xml, readTablesHere);
    expect(cut).not.toHaveProperty('encrypted');
    expect(cut.problems[0]?.messageEs).toBe('es un archivo cifrado de Puentes cortado o dañado en el carácter 301');
  });

  it('knows file kinds by extension', () => {
    expect(['a.CSV', 'b.xlsx', 'c.gexf', 'd.graphml', 'e.json', 'f.docx'].map(kindOf)).toEqual([
      'csv',
      'xlsx',
      'gexf',
      'graphml',
      'json',
      'unknown',
    ]);
  });
});
