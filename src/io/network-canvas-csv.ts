/**
 * Network Canvas's CSV export read as interviews (network-canvas-interviews.ts
 * makes them answers). As complexdatacollective/network-exporters writes them
 * (src/formatters/csv/attribute-list.js, edge-list.js, ego-list.js;
 * src/utils/general.js makeFilename and getFilePrefix), one file per node
 * type, per edge type and for the egos, each named after its interview
 * (`caseId_sessionUUID`, or the protocol's name for a merged export):
 *
 * - `…_attributeList_<NodeType>.csv`: nodeID, networkCanvasEgoUUID, networkCanvasUUID, then the
 *   node variables by name;
 * - `…_edgeList_<EdgeType>.csv`: edgeID, from, to, networkCanvasEgoUUID, networkCanvasUUID,
 *   networkCanvasSourceUUID, networkCanvasTargetUUID, then the edge variables;
 * - `…_ego.csv`: networkCanvasEgoUUID, networkCanvasCaseID, networkCanvasSessionID,
 *   networkCanvasProtocolName, sessionStart, sessionFinish, sessionExported, then the ego's variables.
 *
 * The node and edge types are only in the file names, with every character
 * that is not a letter, digit or underscore of ASCII taken out
 * ("Intercambio de información" → "Intercambiodeinformacin"). Rows are
 * grouped into interviews by networkCanvasEgoUUID, and edges reach nodes
 * by UUID (nodeID restarts at 1 in every interview).
 */
import type { Problem } from '../model/types';
import { readCsv } from './csv-read';
import { INFLUENCE_NAMES, nameKey, problem, type Interview } from './network-canvas-interviews';

const FILE_NAME = /^(?:.*[/\\])?(.*?)_(attributeList|edgeList|ego)(?:_(\w+))?\.csv$/i;
const EGO = 'networkCanvasEgoUUID';

/** The interviews of a set of Network Canvas CSV files; files not named as the exporter names them are reported. */
export function csvInterviews(
  files: readonly { name: string; text: string }[],
  influenceVariable?: string,
): { interviews: Interview[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const interviews = new Map<string, Interview>();
  const interviewOf = (ego: string, prefix: string, where: string): Interview => {
    const known = interviews.get(ego);
    if (known) return known;
    const fresh: Interview = {
      where: `${where} (ego ${ego})`,
      sessionId: ego,
      caseId: prefix.includes('_') ? prefix.slice(0, prefix.lastIndexOf('_')) : '',
      protocolName: '',
      protocolId: '',
      nodes: [],
      edges: [],
    };
    interviews.set(ego, fresh);
    return fresh;
  };

  // The ego files first, so that each interview has its case and session before its nodes.
  const named = files.map((file) => ({ file, match: FILE_NAME.exec(file.name) }));
  named.sort((a, b) => Number(b.match?.[2] === 'ego') - Number(a.match?.[2] === 'ego'));
  for (const { file, match } of named) {
    if (!match) {
      problems.push(
        problem(
          file.name,
          'is not named as Network Canvas names its CSV files (…_attributeList_<type>.csv, …_edgeList_<type>.csv, …_ego.csv); it was not read',
          'no tiene el nombre que Network Canvas da a sus CSV (…_attributeList_<tipo>.csv, …_edgeList_<tipo>.csv, …_ego.csv); no se leyó',
          'bad-format',
        ),
      );
      continue;
    }
    const [, prefix = '', kind, entityType = ''] = match;
    const read = readCsv(file.text, file.name);
    problems.push(...read.problems);
    if (!read.table) continue;
    const { headers, rows } = read.table;
    const column = (name: string) => headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    const egoColumn = column(EGO);
    if (egoColumn < 0) {
      problems.push(
        problem(file.name, `has no ${EGO} column; it was not read`, `no tiene la columna ${EGO}; no se leyó`, 'missing', 'error', {
          field: EGO,
        }),
      );
      continue;
    }
    const cell = (row: string[], name: string) => (row[column(name)] ?? '').trim();
    const influence = headers.findIndex((h) =>
      influenceVariable
        ? h === influenceVariable
        : INFLUENCE_NAMES.test(nameKey(h)) && !/^(true|false)$/i.test(rows[0]?.[headers.indexOf(h)] ?? ''),
    );
    rows.forEach((row, r) => {
      const where = `${file.name} row ${r + 2}`;
      const ego = (row[egoColumn] ?? '').trim();
      if (!ego) return;
      const interview = interviewOf(ego, prefix, file.name);
      if (kind === 'ego') {
        const start = /^\d{4}-\d{2}-\d{2}/.exec(cell(row, 'sessionStart'))?.[0];
        Object.assign(interview, {
          where,
          sessionId: cell(row, 'networkCanvasSessionID') || ego,
          caseId: cell(row, 'networkCanvasCaseID') || interview.caseId,
          protocolName: cell(row, 'networkCanvasProtocolName'),
          protocolId: cell(row, 'networkCanvasProtocolName'),
          ...(start ? { date: start } : {}),
          ...(cell(row, 'name') ? { egoName: cell(row, 'name') } : {}),
        });
      } else if (kind === 'attributeList') {
        const tower = influence >= 0 ? (row[influence] ?? '').trim() : '';
        interview.nodes.push({
          where,
          ref: cell(row, 'networkCanvasUUID'),
          name: cell(row, 'name'),
          nodeType: entityType,
          ...(tower ? { influence: { variable: headers[influence]!, value: tower } } : {}),
        });
      } else {
        interview.edges.push({
          where,
          source: cell(row, 'networkCanvasSourceUUID'),
          target: cell(row, 'networkCanvasTargetUUID'),
          edgeType: entityType,
        });
      }
    });
  }
  return { interviews: [...interviews.values()], problems };
}
