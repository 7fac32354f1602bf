/**
 * `puentes convert`: reads a network in any format the app imports and
 * writes it in any format the app exports, through the same readers and
 * writers, reporting the same problems with their places.
 */
// First: graphology's XML readers capture the DOMParser global when they load.
import './xml-globals';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { proposeMapping } from '../io/columns';
import { readChosenFiles, type ChosenFile } from '../io/import-files';
import { readTablesHere } from '../io/read-here';
import { networkFiles, type WriteFormat, type WrittenFile } from '../io/network-files';
import { tablesToNetwork } from '../io/table-import';
import { strictXmlParser } from '../io/xmldom';
import { writeXlsx } from '../io/xlsx';
import type { Locale } from '../model/localized';
import type { Network, Problem } from '../model/types';

export interface ConvertOptions {
  lang: Locale;
  /** Write a CSV output as one edge list rather than an actors and a ties file. */
  edgeList: boolean;
  /** Write the network even though some records had to be left out. */
  skipBad: boolean;
}

export interface ConvertOutcome {
  /** 0 written; 1 the input has problems (nothing written). */
  code: number;
  /** How many records had to be left out of a network that was read (0 when it could not be read at all). */
  leftOut: number;
  files: WrittenFile[];
  problems: Problem[];
}

/** The output format an output path asks for, or null. */
export function writeFormatOf(path: string, edgeList: boolean): WriteFormat | null {
  const extension = path.toLowerCase().split('.').pop() ?? '';
  if (extension === 'csv') return edgeList ? 'edges' : 'csv';
  return (['json', 'xlsx', 'gexf', 'graphml', 'ics'] as const).find((f) => f === extension) ?? null;
}

function chosen(path: string): ChosenFile {
  return {
    name: path,
    size: statSync(path).size,
    text: async () => readFileSync(path, 'utf8'),
    arrayBuffer: async () => {
      const bytes = readFileSync(path);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
}

const xml = strictXmlParser();

/** Reads one network file, or one or two CSV files, or a workbook, as the import dialog would with its proposed columns. */
export async function readNetworkFiles(paths: string[]): Promise<{ network: Network | null; problems: Problem[] }> {
  const step = await readChosenFiles(paths.map(chosen), xml, readTablesHere);
  if (step.kind === 'network') return { network: step.network, problems: step.problems };
  if (!step.actors)
    return {
      network: null,
      problems: [
        ...step.problems,
        {
          path: paths.join(', '),
          code: 'missing',
          severity: 'error',
          message: 'holds no table of actors',
          messageEs: 'no tiene una tabla de actores',
        },
      ],
    };
  const title = basename(paths[0]!).replace(/\.[^.]+$/, '');
  const built = tablesToNetwork(
    step.actors,
    proposeMapping('actors', step.actors.headers),
    step.ties,
    step.ties && proposeMapping('ties', step.ties.headers),
    { id: 'imported', title },
  );
  return { network: built.network, problems: [...step.problems, ...built.problems] };
}

export async function runConvert(inputs: string[], output: string, options: ConvertOptions): Promise<ConvertOutcome> {
  const format = writeFormatOf(output, options.edgeList);
  if (!format) {
    return {
      code: 1,
      leftOut: 0,
      files: [],
      problems: [
        {
          path: output,
          code: 'invalid',
          severity: 'error',
          message: 'is not a format Puentes writes (.json, .csv, .xlsx, .gexf, .graphml, .ics)',
          messageEs: 'no es un formato que Puentes escriba (.json, .csv, .xlsx, .gexf, .graphml, .ics)',
        },
      ],
    };
  }
  const { network, problems } = await readNetworkFiles(inputs);
  const leftOut = network ? problems.filter((p) => p.severity === 'error').length : 0;
  if (!network || (leftOut > 0 && !options.skipBad)) return { code: 1, leftOut, files: [], problems };
  const base = output.replace(/\.[^.]+$/, '');
  return { code: 0, leftOut, files: await networkFiles(network, format, base, options.lang, writeXlsx), problems };
}
