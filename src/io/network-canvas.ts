/**
 * Network Canvas interview exports read as informants' answers: one
 * interview, one informant (network-canvas-interviews.ts says how). This
 * reads the GraphML export, and with network-canvas-csv.ts the CSV files.
 *
 * The format, as the exporter writes it (complexdatacollective/network-exporters,
 * src/formatters/graphml/createGraphML.js and helpers.js, src/formatters/network.js,
 * src/utils/reservedAttributes.js; the same in Fresco's TypeScript port,
 * complexdatacollective/Fresco lib/network-exporters/formatters/graphml/
 * generateKeyElements.ts, generateDataElements.ts, helpers.ts):
 *
 * - `<graphml>` declares the GraphML namespace and `xmlns:nc="http://schema.networkcanvas.com/xmlns"`.
 * - `<key>`s: `label` (for="all"), `networkCanvasType` and `networkCanvasUUID` (for="all"),
 *   `networkCanvasSourceUUID` and `networkCanvasTargetUUID` (for="edge"); then one per codebook
 *   variable, its id the variable's UUID and its `attr.name` the variable's name (ordinal and number
 *   variables typed int or double, categorical ones split into one boolean per option,
 *   `name_option`; layout ones into `_X`/`_Y`); the ego's variables have for="graph".
 * - One `<graph>` per interview (several in one file when the export merged them, "unify networks";
 *   otherwise one file per interview, named `caseId_sessionUUID.graphml`), with the attributes
 *   `nc:caseId`, `nc:sessionUUID`, `nc:protocolName`, `nc:protocolUID`, `nc:codebookHash`,
 *   `nc:sessionExportTime` and, when known, `nc:sessionStartTime`/`nc:sessionFinishTime` (ISO dates).
 *   The ego is no node: its UUID and variables are `<data>` of the graph itself.
 * - `<node id>`: a number counted from 1 in each interview (so two graphs of a file repeat ids),
 *   with `networkCanvasUUID`, `networkCanvasType` (the node type's name), `label` (the variable
 *   called "name", else "Node" or the type's name) and its variables.
 * - `<edge id source target>`: source and target are those per-interview node numbers; the data
 *   give `networkCanvasUUID`, `networkCanvasType` (the edge type's name, e.g. "Financiamiento"),
 *   `networkCanvasSourceUUID`, `networkCanvasTargetUUID` and the edge's variables.
 *
 * Never throws on a file's content; files declaring a DOCTYPE or entities are refused, as graph-formats.ts does.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Problem } from '../model/types';
import type { XmlParser } from './graph-formats';
import {
  INFLUENCE_NAMES,
  interviewsToMapping,
  nameKey,
  problem,
  type Interview,
  type InterviewOptions,
  type NetworkCanvasImport,
} from './network-canvas-interviews';
import { csvInterviews } from './network-canvas-csv';

export type { NetworkCanvasActor, NetworkCanvasImport } from './network-canvas-interviews';

export const NC_NAMESPACE = 'http://schema.networkcanvas.com/xmlns';
const NC_TYPE = 'networkCanvasType';
const NC_UUID = 'networkCanvasUUID';

export interface NetworkCanvasOptions extends InterviewOptions {
  /** The node variable read as the influence tower (its name); by default the first named like one. */
  influenceVariable?: string;
  /** The XML parser: the browser's DOMParser, or by default xmldom's, every complaint fatal. */
  xml?: XmlParser;
}

interface Key {
  name: string;
  for: string;
  type: string;
}

const children = (parent: Element, tag: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === tag);

/** An element's `<data>` by key id, trimmed. */
function dataOf(element: Element): Map<string, string> {
  return new Map(children(element, 'data').map((d) => [d.getAttribute('key') ?? '', (d.textContent ?? '').trim()]));
}

function ncAttribute(graph: Element, name: string): string {
  return (graph.getAttributeNS(NC_NAMESPACE, name) || graph.getAttribute(`nc:${name}`) || '').trim();
}

/**
 * xmldom with its locator on, so that a problem can give the line, and its
 * warnings fatal too: xmldom 0.8 only warns of a tag left open (an export
 * cut short), which the browser's parser refuses.
 */
function xmldomParser(): XmlParser {
  const fail = (message: string) => {
    throw new Error(message);
  };
  return {
    parseFromString: (text, type) =>
      new DOMParser({ locator: {}, errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(
        text,
        type,
      ) as unknown as Document,
  };
}

/**
 * The first end tag that does not close the element open before it, as
 * "line N: …", or null. xmldom 0.8 lets `</graph>` close an `<edge>` left
 * open and reads on, nesting what follows; the browser refuses such a file.
 */
function unbalancedTag(text: string): string | null {
  // Comments, CDATA and processing instructions blanked, line breaks kept, so that lines still count.
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const plain = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, blank);
  const open: { name: string; line: number }[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  const lineAt = (index: number) => plain.slice(0, index).split('\n').length;
  for (const m of plain.matchAll(tag)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) {
      open.push({ name: name!, line: lineAt(m.index) });
      continue;
    }
    const last = open.pop();
    if (last?.name !== name) {
      const what = last ? `closes <${last.name}> of line ${last.line}` : 'closes no open element';
      return `line ${lineAt(m.index)}: </${name}> ${what}`;
    }
  }
  const left = open.pop();
  return left ? `line ${lineAt(plain.length)}: <${left.name}> of line ${left.line} is never closed (the file may be cut short)` : null;
}

/** "is not well-formed XML" with the parser's line, when it says one. */
function malformed(fileName: string, message: string): Problem {
  const line = /line:?\s*(\d+)/i.exec(message)?.[1];
  const first = message
    .split('\n')[0]!
    .replace(/\[xmldom \w+\]\s*/g, '')
    .trim();
  return problem(
    line ? `${fileName} line ${line}` : fileName,
    `is not well-formed XML: ${first}`,
    `no es un XML bien formado: ${first}`,
    'bad-format',
  );
}

/** The ordinal or number node variable that holds the tower, if any: the one asked for, or the first named like one. */
function influenceKey(keys: Map<string, Key>, asked: string | undefined): string | undefined {
  const forNodes = [...keys].filter(([, k]) => k.for === 'node' || k.for === 'all');
  if (asked) return forNodes.find(([, k]) => k.name === asked)?.[0];
  return forNodes.find(([, k]) => k.type !== 'boolean' && INFLUENCE_NAMES.test(nameKey(k.name)))?.[0];
}

/** The interviews of one GraphML export, each graph one. */
export function graphmlInterviews(
  text: string,
  fileName: string,
  options: NetworkCanvasOptions = {},
): { interviews: Interview[]; problems: Problem[] } {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    const message = 'declares a DOCTYPE or entities, which Puentes does not read (they can be used to attack the reader)';
    return { interviews: [], problems: [problem(fileName, message, 'declara un DOCTYPE o entidades, que Puentes no lee', 'invalid')] };
  }
  const unbalanced = unbalancedTag(text);
  if (unbalanced) return { interviews: [], problems: [malformed(fileName, unbalanced)] };
  let doc: Document;
  try {
    doc = (options.xml ?? xmldomParser()).parseFromString(text, 'application/xml');
  } catch (error) {
    return { interviews: [], problems: [malformed(fileName, (error as Error).message)] };
  }
  const parserError = doc.getElementsByTagName('parsererror')[0];
  if (parserError) return { interviews: [], problems: [malformed(fileName, parserError.textContent ?? 'syntax error')] };
  const root = doc.documentElement;
  if (!root || root.localName !== 'graphml') {
    const found = root?.localName ?? 'nothing';
    return {
      interviews: [],
      problems: [
        problem(
          fileName,
          `is not GraphML: its root element is <${found}>`,
          `no es GraphML: su elemento raíz es <${found}>`,
          'bad-format',
          'error',
          { value: found },
        ),
      ],
    };
  }

  const keys = new Map<string, Key>(
    children(root, 'key').map((k) => [
      k.getAttribute('id') ?? '',
      {
        name: k.getAttribute('attr.name') ?? k.getAttribute('id') ?? '',
        for: k.getAttribute('for') ?? 'all',
        type: k.getAttribute('attr.type') ?? 'string',
      },
    ]),
  );
  const fromNetworkCanvas = root.getAttribute('xmlns:nc') === NC_NAMESPACE || keys.has(NC_TYPE);
  if (!fromNetworkCanvas) {
    return {
      interviews: [],
      problems: [
        problem(
          fileName,
          `is GraphML but not a Network Canvas export: it declares neither the nc: namespace (${NC_NAMESPACE}) nor the ${NC_TYPE} key; import it as a network instead`,
          `es GraphML pero no una exportación de Network Canvas: no declara el espacio de nombres nc: (${NC_NAMESPACE}) ni la clave ${NC_TYPE}; impórtelo como una red`,
          'invalid',
        ),
      ],
    };
  }

  const problems: Problem[] = [];
  const nodeName = [...keys].find(([, k]) => k.for !== 'graph' && k.for !== 'edge' && nameKey(k.name) === 'name')?.[0];
  const egoName = [...keys].find(([, k]) => k.for === 'graph' && ['name', 'nombre'].includes(nameKey(k.name)))?.[0];
  const influence = influenceKey(keys, options.influenceVariable);
  if (options.influenceVariable && !influence) {
    problems.push(
      problem(
        fileName,
        `has no node variable named "${options.influenceVariable}"; no towers were read`,
        `no tiene una variable de nodo llamada «${options.influenceVariable}»; no se leyeron torres`,
        'missing',
        'warning',
        { value: options.influenceVariable },
      ),
    );
  }

  const graphs = children(root, 'graph');
  if (graphs.length === 0) {
    problems.push(problem(fileName, 'has no <graph>: no interview to read', 'no tiene <graph>: ninguna entrevista que leer', 'missing'));
  }
  const interviews = graphs.map((graph, g): Interview => {
    const caseId = ncAttribute(graph, 'caseId');
    const where = `${fileName} graph ${g + 1}${caseId ? ` (case "${caseId}")` : ''}`;
    const egoData = dataOf(graph);
    const protocolName = ncAttribute(graph, 'protocolName');
    const date = /^\d{4}-\d{2}-\d{2}/.exec(ncAttribute(graph, 'sessionStartTime'))?.[0];
    const name = egoName ? egoData.get(egoName) : undefined;
    const nodes = children(graph, 'node').map((node, n) => {
      const id = node.getAttribute('id') ?? '';
      const data = dataOf(node);
      const nodeType = data.get(NC_TYPE) ?? '';
      const label = data.get('label') ?? '';
      // Without a variable called "name" the exporter labels a node "Node" or by its type: no name at all.
      const named = nodeName ? (data.get(nodeName) ?? '') : label === 'Node' || label === nodeType ? '' : label;
      const tower = influence ? data.get(influence) : undefined;
      return {
        where: `${where} node ${n + 1}${id ? ` (id "${id}")` : ''}`,
        ref: id,
        name: named,
        nodeType,
        ...(tower !== undefined ? { influence: { variable: keys.get(influence!)!.name, value: tower } } : {}),
      };
    });
    const edges = children(graph, 'edge').map((edge, e) => {
      const id = edge.getAttribute('id');
      return {
        where: `${where} edge ${e + 1}${id ? ` (id "${id}")` : ''}`,
        source: edge.getAttribute('source') ?? '',
        target: edge.getAttribute('target') ?? '',
        edgeType: dataOf(edge).get(NC_TYPE) ?? '',
      };
    });
    return {
      where,
      sessionId: ncAttribute(graph, 'sessionUUID') || egoData.get(NC_UUID) || `${fileName}#${g + 1}`,
      caseId,
      protocolName,
      protocolId: ncAttribute(graph, 'protocolUID') || protocolName,
      ...(date ? { date } : {}),
      ...(name ? { egoName: name } : {}),
      nodes,
      edges,
    };
  });
  return { interviews, problems };
}

/**
 * The informants' answers of a Network Canvas GraphML export: each `<graph>`
 * (interview) a mapping session with one informant, its nodes `actor` (and
 * `influence`) answers, its edges `tie` answers; the actors matched across
 * interviews by name, accents and case aside.
 */
export function readNetworkCanvasGraphML(text: string, fileName: string, options: NetworkCanvasOptions = {}): NetworkCanvasImport {
  return readNetworkCanvasFiles([{ name: fileName, text }], options);
}

/**
 * Several export files at once: GraphML files (Network Canvas writes one per
 * interview unless told to merge them) and the CSV files of the same export
 * (network-canvas-csv.ts), told apart by their extension.
 */
export function readNetworkCanvasFiles(
  files: readonly { name: string; text: string }[],
  options: NetworkCanvasOptions = {},
): NetworkCanvasImport {
  const problems: Problem[] = [];
  const isCsv = (file: { name: string }) => /\.csv$/i.test(file.name);
  const interviews = files
    .filter((file) => !isCsv(file))
    .flatMap((file) => {
      const read = graphmlInterviews(file.text, file.name, options);
      problems.push(...read.problems);
      return read.interviews;
    });
  const csv = files.filter(isCsv);
  if (csv.length > 0) {
    const read = csvInterviews(csv, options.influenceVariable);
    problems.push(...read.problems);
    interviews.push(...read.interviews);
  }
  return interviewsToMapping(interviews, problems, options);
}
