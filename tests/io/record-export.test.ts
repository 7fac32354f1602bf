import { describe, expect, it } from 'vitest';
import macroSur from '../../data/macro-sur-2017.json';
import { readCsv } from '../../src/io/csv-read';
import { toCsv } from '../../src/io/csv';
import { networkFiles, workbookSheets } from '../../src/io/network-files';
import { recordsToTables } from '../../src/io/record-export';
import { importCommitments, importEngagements } from '../../src/io/record-import';
import { readTablesHere } from '../../src/io/read-here';
import { networkToTables } from '../../src/io/table-export';
import { writeXlsx } from '../../src/io/xlsx';
import type { Locale } from '../../src/model/localized';
import { parseNetwork, parseNetworkJson } from '../../src/model/validate';
import { makeBackup, readBackup } from '../../src/store/backup';
import type { ScenarioRecord } from '../../src/store/records';
import { withRecords } from './records-fixture';

const network = withRecords();
/** What the importer reads into an open scenario that has the same actors and no records yet. */
const empty = { ...network, engagements: [], commitments: [], incidents: [] };

describe('recordsToTables(network, locale)', () => {
  it('writes engagements with labels in the interface language and actors by name', () => {
    const { engagements } = recordsToTables(network, 'es');
    expect(engagements.headers.slice(0, 12)).toEqual([
      'id',
      'fecha',
      'hasta',
      'tipo',
      'tema',
      'tema en inglés',
      'región',
      'lugar',
      'lugar en inglés',
      'participantes',
      'convocantes',
      'invitados ausentes',
    ]);
    expect(engagements.rows[0]!.slice(0, 12)).toEqual([
      'taller-cusco-2017',
      '2017-09-12',
      '2017-09-14',
      'Taller',
      'Taller regional, Cusco',
      'Regional workshop, Cusco',
      'PE-CUS',
      'Wanchaq',
      // A place in one wording only: no English of its own.
      '',
      'Policía Nacional del Perú; Glencore',
      'Socios Perú',
      'MMG',
    ]);
  });

  for (const locale of ['es', 'en'] as Locale[]) {
    it(`reads back through the importer as it was, from CSV (${locale})`, () => {
      const tables = recordsToTables(network, locale);
      const back = (table: typeof tables.engagements) => readCsv(toCsv(table.headers, table.rows), `${table.fileName}.csv`).table!;
      const engagements = importEngagements(back(tables.engagements), empty);
      expect(engagements.problems).toEqual([]);
      expect(engagements.records).toEqual(network.engagements);
      const commitments = importCommitments(back(tables.commitments), empty, { engagements: engagements.records });
      expect(commitments.problems).toEqual([]);
      expect(commitments.records).toEqual(network.commitments);
    });
  }

  it('reads back from the Excel workbook the tables export writes, beside the actors and ties sheets', async () => {
    const sheets = workbookSheets({ ...networkToTables(network, 'es'), ...recordsToTables(network, 'es') }, 'es');
    expect(sheets.map((s) => s.name)).toEqual(['actores', 'vinculos', 'reuniones', 'compromisos']);
    const { tables } = await readTablesHere('red.xlsx', await writeXlsx(sheets));
    const engagements = importEngagements(tables[2]!, empty);
    expect(engagements.records).toEqual(network.engagements);
    expect(importCommitments(tables[3]!, empty, { engagements: engagements.records }).records).toEqual(network.commitments);
  });

  it('leaves the sheets out of a workbook for a network without records', () => {
    const plain = { ...network, engagements: undefined, commitments: undefined };
    const sheets = workbookSheets({ ...networkToTables(plain, 'en'), ...recordsToTables(plain, 'en') }, 'en');
    expect(sheets.map((s) => s.name)).toEqual(['actors', 'ties']);
  });
});

describe("the Macro Sur sample's engagements through a sheet and back", () => {
  const sample = parseNetwork(macroSur).network!;
  const sheet = (locale: Locale) => {
    const { engagements } = recordsToTables(sample, locale);
    return readCsv(toCsv(engagements.headers, engagements.rows), `${engagements.fileName}.csv`).table!;
  };

  it('writes a place in both languages in two columns', () => {
    // The 2017 study's interviews took place in «Región minera Macro Sur» / "Macro Sur mining region".
    const { engagements } = recordsToTables(sample, 'es');
    const row = engagements.rows.find((r) => r[0] === 'study-interviews-2017')!;
    const at = (header: string) => row[engagements.headers.indexOf(header)];
    expect([at('lugar'), at('lugar en inglés')]).toEqual(['Región minera Macro Sur', 'Macro Sur mining region']);
  });

  for (const locale of ['es', 'en'] as Locale[]) {
    it(`come back all ten into the network without them, as they were (${locale})`, () => {
      // Ten engagements, four of them the 2017 workshops alike in month (2017-02), kind and topic, apart in id and
      // region (Apurímac, Arequipa, Cusco, Puno): the ids tell them apart, so all ten come in.
      expect(sample.engagements).toHaveLength(10);
      const read = importEngagements(sheet(locale), { ...sample, engagements: [] });
      expect(read.problems).toEqual([]);
      expect(read.records).toEqual(sample.engagements);
    });
  }

  it("add none into the network that has them: each row's id is taken, said at its row", () => {
    const read = importEngagements(sheet('es'), sample);
    expect(read.records).toEqual([]);
    // Rows 2–11 (the header is row 1), one for each of the ten.
    expect(read.problems.map((p) => [p.path, p.code])).toEqual(
      Array.from({ length: 10 }, (_, i) => [`macro-sur-2017-engagements.csv row ${i + 2}, column "id"`, 'duplicate-id']),
    );
  });
});

describe('the records in the files that carry a whole network', () => {
  it('a JSON export keeps them, and reads back with them', async () => {
    const [file] = await networkFiles(network, 'json', 'red', 'es', writeXlsx);
    const back = parseNetworkJson(file!.content as string, 'red.json');
    expect(back.problems).toEqual([]);
    expect(back.network!.engagements).toEqual(network.engagements);
    expect(back.network!.commitments).toEqual(network.commitments);
    expect(back.network!.incidents).toEqual(network.incidents);
  });

  it('the CSV export writes the engagements and commitments files beside the actors and ties', async () => {
    const files = await networkFiles(network, 'csv', 'red', 'es', writeXlsx);
    expect(files.map((f) => f.name)).toEqual(['red-actors.csv', 'red-ties.csv', 'red-engagements.csv', 'red-commitments.csv']);
  });

  it('a backup keeps them', () => {
    const scenario = {
      id: 's1',
      name: 'Macro Sur con reuniones',
      notes: '',
      createdAt: 1,
      updatedAt: 2,
      revision: 0,
      origin: { kind: 'sample', sample: 'macro-sur-2017' },
      network,
      view: {},
    } as unknown as ScenarioRecord;
    const text = JSON.stringify(makeBackup([scenario], new Date('2025-03-01T00:00:00Z')));
    const read = readBackup(text, 'copia.json');
    expect(read.problems).toEqual([]);
    const kept = read.scenarios[0]!.network;
    expect(kept.engagements).toEqual(network.engagements);
    expect(kept.commitments).toEqual(network.commitments);
    expect(kept.incidents).toEqual(network.incidents);
    expect(parseNetwork(kept).problems).toEqual([]);
  });
});
