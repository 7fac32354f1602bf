/**
 * A network written in every format Puentes exports, as named files: the app
 * downloads them, the command line writes them to disk. One place decides
 * which file a format makes, so both give the same files.
 */
import type { Locale } from '../model/localized';
import type { Network } from '../model/types';
import { writeCalendar } from './calendar';
import { toCsv } from './csv';
import { writeGexf, writeGraphml } from './graph-formats';
import { recordsToTables } from './record-export';
import { networkToTables } from './table-export';
import type { Table } from './table-import';

// What the Export menu loads when first used, in one chunk.
export { toCsv, writeGexf, writeGraphml, networkToTables, recordsToTables, writeCalendar };

export type WriteFormat = 'json' | 'csv' | 'edges' | 'xlsx' | 'gexf' | 'graphml' | 'ics';

export interface WrittenFile {
  name: string;
  content: string | ArrayBuffer;
  type: string;
}

/**
 * The sheets of a workbook export: actors and ties, then the engagements and commitments when there are any (an
 * empty template has only the first two), named in the interface language.
 */
export function workbookSheets(
  tables: { actors: Table; ties: Table; engagements?: Table; commitments?: Table },
  locale: Locale,
): { name: string; table: Table }[] {
  const es = locale === 'es';
  return [
    { name: es ? 'actores' : 'actors', table: tables.actors },
    { name: es ? 'vinculos' : 'ties', table: tables.ties },
    ...(tables.engagements?.rows.length ? [{ name: es ? 'reuniones' : 'engagements', table: tables.engagements }] : []),
    ...(tables.commitments?.rows.length ? [{ name: es ? 'compromisos' : 'commitments', table: tables.commitments }] : []),
  ];
}

/** Only the ends of each tie and its strength as weight: the plainest file other tools read. */
export function edgeListCsv(network: Network, locale: Locale): string {
  const headers = locale === 'es' ? ['origen', 'destino', 'peso'] : ['source', 'target', 'weight'];
  return toCsv(
    headers,
    network.ties.map((t) => [t.source, t.target, t.strength === null ? '' : String(t.strength)]),
  );
}

/** Writes a workbook of these sheets: io/xlsx.ts's `writeXlsx` on the command line, the import worker's in the page. */
export type WorkbookWriter = (sheets: { name: string; table: Table }[]) => Promise<ArrayBuffer>;

/** The files a format makes for `network`, named from `base` (a path without extension). */
export async function networkFiles(
  network: Network,
  format: WriteFormat,
  base: string,
  locale: Locale,
  writeWorkbook: WorkbookWriter,
): Promise<WrittenFile[]> {
  const xml = 'application/xml';
  switch (format) {
    case 'json':
      return [{ name: `${base}.json`, content: JSON.stringify(network, null, 2) + '\n', type: 'application/json' }];
    case 'gexf':
      return [{ name: `${base}.gexf`, content: writeGexf(network, locale), type: xml }];
    case 'graphml':
      return [{ name: `${base}.graphml`, content: writeGraphml(network, locale), type: xml }];
    case 'edges':
      return [{ name: `${base}.csv`, content: edgeListCsv(network, locale), type: 'text/csv' }];
    case 'csv': {
      const { actors, ties } = networkToTables(network, locale);
      const { engagements, commitments } = recordsToTables(network, locale);
      const csv = (name: string, table: Table) => ({
        name: `${base}-${name}.csv`,
        content: toCsv(table.headers, table.rows),
        type: 'text/csv',
      });
      return [
        csv('actors', actors),
        csv('ties', ties),
        ...(engagements.rows.length ? [csv('engagements', engagements)] : []),
        ...(commitments.rows.length ? [csv('commitments', commitments)] : []),
      ];
    }
    case 'ics':
      return [{ name: `${base}.ics`, content: writeCalendar(network, locale), type: 'text/calendar' }];
    case 'xlsx': {
      const content = await writeWorkbook(
        workbookSheets({ ...networkToTables(network, locale), ...recordsToTables(network, locale) }, locale),
      );
      return [{ name: `${base}.xlsx`, content, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }];
    }
  }
}
