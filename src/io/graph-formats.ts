/**
 * GEXF (Gephi) and GraphML (yEd, networkx, igraph), read with graphology's
 * parsers and written so that Gephi and networkx open them with every
 * attribute. Reading goes through the same column mapping as spreadsheets:
 * attributes named like model fields become those fields (unless their
 * values do not read as them: then they stay extra attributes, like the
 * rest). The names come from the attribute that looks most like names
 * (graph-attributes.ts), and the file's drawing (positions, colours, sizes)
 * is returned beside the network for the import preview. Files declaring a DOCTYPE or entities are refused
 * (entity expansion is how "billion laughs" files attack parsers), and an
 * XML syntax error is reported, not ignored.
 */
import Graph from 'graphology';
import { parse as parseGexf, write as gexfWriter } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import { slugId } from '../model/edits';
import { localize, type Locale } from '../model/localized';
import { ID_PATTERN } from '../model/schema';
import type { Network, Problem } from '../model/types';
import { proposeMapping, type Mapping } from './columns';
import {
  DRAWING_ATTRIBUTES,
  NODE_ID,
  filePositions,
  labelCandidates,
  likeliestLabel,
  nodeColor,
  nodeSize,
  type LabelCandidate,
  type ParsedNode,
  type Point,
} from './graph-attributes';
import { actorRow, tieRow } from './table-export';
import { escapeXml } from './xml-escape';
import { tablesToNetwork, type Table, type TableImport } from './table-import';
import { SOURCE_WEIGHT, weightsAsStrength } from './weights';

export { SOURCE_WEIGHT, NODE_ID };

export type GraphFormat = 'gexf' | 'graphml';

/** The DOMParser of the browser, or @xmldom/xmldom's in Node. */
export interface XmlParser {
  parseFromString(text: string, type: string): Document;
}

const problem = (path: string, message: string, messageEs: string, code: Problem['code'] = 'invalid'): Problem => ({
  path,
  code,
  severity: 'error',
  message,
  messageEs,
});

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Nodes or edges as a table: one column per attribute name found on any of them. */
function toTable(fileName: string, fixed: string[], items: Record<string, unknown>[]): Table {
  const names = [...new Set(items.flatMap((item) => Object.keys(item)))].filter((n) => !fixed.includes(n));
  const headers = [...fixed, ...names];
  return { fileName, headers, rows: items.map((item) => headers.map((h) => cell(item[h]))) };
}

/** Where an element sits in the file, for a problem: "net.gexf edge 12 (id "e12")". */
function placeOf(fileName: string, kind: 'node' | 'edge', index: number, id: string | null): string {
  return `${fileName} ${kind} ${index + 1}${id ? ` (id "${id}")` : ''}`;
}

/**
 * Takes out of the document every edge naming a node the file does not
 * have, each with a located problem: a tie to nowhere is a mistake in the
 * file, not an actor to invent.
 */
function dropDanglingEdges(doc: Document, fileName: string): Problem[] {
  const ids = new Set(Array.from(doc.getElementsByTagName('node'), (node) => node.getAttribute('id') ?? ''));
  const problems: Problem[] = [];
  Array.from(doc.getElementsByTagName('edge')).forEach((edge, index) => {
    for (const end of ['source', 'target'] as const) {
      const id = edge.getAttribute(end) ?? '';
      if (ids.has(id)) continue;
      const endEs = end === 'source' ? 'origen' : 'destino';
      problems.push(
        problem(
          placeOf(fileName, 'edge', index, edge.getAttribute('id')),
          `names "${id}" as its ${end}, but the file has no node with that id; the edge was left out`,
          `nombra «${id}» como su ${endEs}, pero el archivo no tiene un nodo con ese id; la arista se dejó fuera`,
          'missing-actor',
        ),
      );
      edge.parentNode?.removeChild(edge);
      return;
    }
  });
  return problems;
}

/** Ties are written with this marker when a directed graph carries an undirected tie as two arcs. */
const RECIPROCAL = 'reciprocal';
const TIE_OF_ARC = 'tie';
/** The attribute that keeps a node id that was not a usable id (a name with spaces or accents). */
export const SOURCE_ID = 'sourceId';

/** Choices the import preview offers for a GEXF or GraphML file. */
export interface GraphReadOptions {
  /** The node attribute read as the actors' names (NODE_ID: the node id); by default the likeliest. */
  labelAttribute?: string;
  /** Keep the file's node colours and sizes as the extra attributes `color` and `size` (the default). */
  keepStyling?: boolean;
}

/** What a GEXF or GraphML file says about its drawing, for the import preview and the new scenario's view. */
export interface GraphDrawing {
  /** The node attribute read as names (NODE_ID: the node id), and the others the user may pick instead. */
  labelAttribute: string;
  candidates: LabelCandidate[];
  /** Where the file drew each actor, by actor id; null when it gives no places. */
  positions: Record<string, Point> | null;
  /** How many nodes carry a colour or a size. */
  styled: number;
}

export interface GraphImport extends TableImport {
  drawing?: GraphDrawing;
}

export function readGraphFile(
  text: string,
  fileName: string,
  format: GraphFormat,
  xml: XmlParser,
  options: GraphReadOptions = {},
): GraphImport {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return {
      network: null,
      problems: [
        problem(
          fileName,
          'declares a DOCTYPE or entities, which Puentes does not read (they can be used to attack the reader); remove them and try again',
          'declara un DOCTYPE o entidades, que Puentes no lee (sirven para atacar al lector); quítelos y vuelva a intentarlo',
        ),
      ],
    };
  }
  let doc: Document;
  const errors: string[] = [];
  try {
    doc = xml.parseFromString(text, 'application/xml');
  } catch (error) {
    return {
      network: null,
      problems: [
        problem(
          fileName,
          `is not well-formed XML: ${(error as Error).message}`,
          `no es un XML bien formado: ${(error as Error).message}`,
          'bad-format',
        ),
      ],
    };
  }
  const parserError = doc.getElementsByTagName('parsererror')[0];
  if (parserError) errors.push(parserError.textContent?.trim().split('\n')[0] ?? 'syntax error');
  if (errors.length > 0)
    return {
      network: null,
      problems: [problem(fileName, `is not well-formed XML: ${errors[0]}`, `no es un XML bien formado: ${errors[0]}`, 'bad-format')],
    };

  const problems: Problem[] = dropDanglingEdges(doc, fileName);
  let graph: Graph;
  try {
    const parse = format === 'gexf' ? parseGexf : parseGraphml;
    graph = parse(Graph, doc, { addMissingNodes: false, allowUndeclaredAttributes: true } as never) as Graph;
  } catch (error) {
    return {
      network: null,
      problems: [
        ...problems,
        problem(
          fileName,
          `could not be read as ${format.toUpperCase()}: ${(error as Error).message}`,
          `no se pudo leer como ${format.toUpperCase()}: ${(error as Error).message}`,
        ),
      ],
    };
  }

  // Node ids that are names ("Comunidad de Fuerabamba", "Mr. Hi") become slugs; the original is kept.
  const parsed: ParsedNode[] = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const candidates = labelCandidates(parsed);
  const labelAttribute = options.labelAttribute ?? likeliestLabel(candidates, parsed);
  const placed = filePositions(parsed);
  const idOf = new Map<string, string>();
  const taken = new Set<string>();
  graph.forEachNode((key) => {
    if (ID_PATTERN.test(key) && !taken.has(key)) taken.add(key);
  });
  let styled = 0;
  const nodes: Record<string, unknown>[] = parsed.map(({ key, attributes }) => {
    const name = (labelAttribute === NODE_ID ? '' : cell(attributes[labelAttribute]).trim()) || key;
    let id = key;
    if (!ID_PATTERN.test(key) || idOf.has(key)) {
      id = slugId(name, taken);
      taken.add(id);
    }
    idOf.set(key, id);
    const { [labelAttribute]: _used, ...rest } = attributes;
    // A label that only repeats the name or the id (as networkx and Puentes write it) says nothing more.
    if ([name, key, cell(rest.nameEn)].includes(cell(rest.label))) delete rest.label;
    const color = nodeColor(attributes);
    const size = nodeSize(attributes);
    if (color || size) styled++;
    for (const drawn of DRAWING_ATTRIBUTES) delete rest[drawn];
    const style = options.keepStyling === false ? {} : { ...(color ? { color } : {}), ...(size ? { size } : {}) };
    return { ...rest, ...style, id, name, ...(id !== key ? { [SOURCE_ID]: key } : {}) };
  });
  const positions = placed && Object.fromEntries(Object.entries(placed).map(([key, point]) => [idOf.get(key) ?? key, point]));
  const drawing: GraphDrawing = { labelAttribute, candidates, positions, styled };

  // A tie written as two reciprocal arcs comes back as one undirected tie.
  const seenPairs = new Set<string>();
  const edges: Record<string, unknown>[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const reciprocal = attributes[RECIPROCAL] === true || attributes[RECIPROCAL] === 'true';
    const pair = reciprocal ? cell(attributes[TIE_OF_ARC]) : '';
    if (pair && seenPairs.has(pair)) return;
    if (pair) seenPairs.add(pair);
    const { [RECIPROCAL]: _r, [TIE_OF_ARC]: _t2, ...rest } = attributes;
    const id = pair || key;
    edges.push({
      ...rest,
      id: ID_PATTERN.test(id) ? id : '',
      source: idOf.get(source) ?? source,
      target: idOf.get(target) ?? target,
      directed: reciprocal ? false : (attributes.directed ?? !undirected),
    });
  });
  // Files from other tools rarely say sector or tie type: say what was assumed rather than refuse them.
  if (!nodes.some((n) => 'sector' in n)) {
    nodes.forEach((n) => Object.assign(n, { sector: 'civil_society', basis: n.basis ?? 'assumed' }));
    problems.push({
      path: fileName,
      code: 'missing',
      severity: 'warning',
      message:
        'gives no sector: every actor was imported as a civil-society organisation, basis "assumed" — set the sectors before analysing',
      messageEs:
        'no indica sectores: cada actor se importó como organización de la sociedad civil, con base "supuesto"; fije los sectores antes de analizar',
    });
  }
  const tieColumns = proposeMapping('ties', [...new Set(edges.flatMap((e) => Object.keys(e)))]);
  if (edges.length > 0 && !(tieColumns.type! >= 0)) {
    edges.forEach((e) => Object.assign(e, { type: 'collaboration', basis: e.basis ?? 'assumed' }));
    problems.push({
      path: fileName,
      code: 'missing',
      severity: 'warning',
      message: 'gives no tie type: every tie was imported as a collaboration, basis "assumed"',
      messageEs: 'no indica tipos de vínculo: cada vínculo se importó como colaboración, con base "supuesto"',
    });
  }
  // Weights become strength unless the file says strength itself (as Puentes' own files do).
  const weights = edges.map((e) => Number(e.weight)).filter((w) => Number.isFinite(w));
  const hasStrength = edges.some((e) => 'strength' in e || 'intensidad' in e);
  const scale = hasStrength ? null : weightsAsStrength(weights, fileName);
  if (scale) {
    problems.push(scale.problem);
    for (const edge of edges) {
      const weight = Number(edge.weight);
      delete edge.weight;
      if (Number.isFinite(weight)) Object.assign(edge, { strength: scale.strength(weight), [SOURCE_WEIGHT]: weight });
    }
  } else edges.forEach((e) => delete e.weight);
  // Layout and drawing attributes of other tools are not stakeholder data.
  const edgeDrawing = [...DRAWING_ATTRIBUTES, 'label'];
  const actors = toTable(`${fileName} nodes`, ['id', 'name'], nodes);
  const ties = toTable(
    `${fileName} edges`,
    ['id', 'source', 'target', 'directed'],
    edges.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !edgeDrawing.includes(k)))),
  );
  const title = cell(graph.getAttribute('title') ?? graph.getAttribute('name')) || fileName.replace(/\.[^.]+$/, '');
  const build = (actorMapping: Mapping) =>
    tablesToNetwork(actors, actorMapping, ties, proposeMapping('ties', ties.headers), { id: 'imported', title });
  const actorMapping = proposeMapping('actors', actors.headers);
  let result = build(actorMapping);
  // An attribute of another tool named like one of our fields ("source": the directory that listed a blog) that
  // does not read as that field is kept as an extra attribute under its own name, not emptied on every node.
  const foreign = misreadColumns(actors, actorMapping, result.problems);
  if (foreign.length > 0) {
    result = build(Object.fromEntries(Object.entries(actorMapping).map(([field, i]) => [field, foreign.includes(i) ? -1 : i])));
    problems.push(...foreign.map((i) => keptAsExtra(fileName, actors.headers[i]!, nodes.length)));
  }
  return { ...result, problems: [...problems, ...result.problems], drawing };
}

/**
 * The mapped node columns (besides id and name) whose cells mostly fail as
 * the field they were taken for: at least half of the cells that have a
 * value came back with a problem.
 */
function misreadColumns(actors: Table, mapping: Mapping, problems: readonly Problem[]): number[] {
  return Object.entries(mapping).flatMap(([field, column]) => {
    if (column < 0 || field === 'id' || field === 'name') return [];
    const at = `, column "${actors.headers[column]}"`;
    const failed = problems.filter((p) => p.code !== 'unknown-value' && p.path.endsWith(at)).length;
    const filled = actors.rows.filter((row) => row[column]?.trim()).length;
    return failed > 0 && failed >= filled / 2 ? [column] : [];
  });
}

function keptAsExtra(fileName: string, attribute: string, nodes: number): Problem {
  return {
    path: fileName,
    code: 'invalid',
    severity: 'warning',
    message: `the node attribute "${attribute}" does not read as one of Puentes' fields; its values on ${nodes} nodes were kept as the extra attribute "${attribute}"`,
    messageEs: `el atributo de nodo «${attribute}» no se lee como un campo de Puentes; sus valores en ${nodes} nodos se conservaron como el atributo adicional «${attribute}»`,
    params: { value: attribute },
  };
}

/**
 * A graphology graph whose attributes are the flattened actor and tie records
 * (arrays as "a; b", sources as " | " lists), labels and vocabulary values in
 * `locale`. Its direction is one for the whole file, as networkx, igraph and
 * Gephi expect: undirected when no tie is directed; otherwise directed, with
 * each undirected tie written as two arcs marked `reciprocal` and naming the
 * tie, so that the ties can be told apart again. A tie's strength is also
 * its `weight`.
 */
function interchangeGraph(network: Network, locale: Locale): Graph {
  const directed = network.ties.some((t) => t.directed);
  const graph = new Graph({ type: directed ? 'directed' : 'undirected', multi: true });
  graph.setAttribute('title', localize(network.title, locale));
  for (const actor of network.actors) {
    const { id, ...row } = actorRow(actor, locale);
    graph.addNode(String(id), { ...row, label: localize(actor.name, locale), ...(actor.extra ?? {}) });
  }
  for (const tie of network.ties) {
    const { id, source, target, ...row } = tieRow(tie, locale);
    const attributes = { ...row, ...(tie.extra ?? {}), ...(tie.strength !== null ? { weight: tie.strength } : {}) };
    if (!directed || tie.directed) {
      graph.addEdgeWithKey(String(id), String(source), String(target), attributes);
      continue;
    }
    const arc = { ...attributes, [RECIPROCAL]: true, [TIE_OF_ARC]: String(id) };
    graph.addEdgeWithKey(String(id), String(source), String(target), arc);
    graph.addEdgeWithKey(`${id}~back`, String(target), String(source), arc);
  }
  return graph;
}

/** GEXF 1.2 (the namespace Gephi and networkx 2.x and 3.x read). */
export function writeGexf(network: Network, locale: Locale = 'es'): string {
  return gexfWriter(interchangeGraph(network, locale), { version: '1.2' } as never);
}

/** GraphML with one key per attribute (all strings but booleans and numbers), one direction for the whole graph. */
export function writeGraphml(network: Network, locale: Locale = 'es'): string {
  const graph = interchangeGraph(network, locale);
  // One key per attribute name and scope; typed as a number or boolean only when every value of it is one.
  const keys = new Map<string, { id: string; for: 'node' | 'edge'; type: string }>();
  const typeOf = (v: unknown) => (typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? 'double' : 'string');
  const declare = (scope: 'node' | 'edge', attributes: Record<string, unknown>) => {
    for (const [name, v] of Object.entries(attributes)) {
      if (v === '' || v === undefined || v === null) continue;
      const k = `${scope}:${name}`;
      const known = keys.get(k);
      if (!known) keys.set(k, { id: `${scope[0]}${keys.size}`, for: scope, type: typeOf(v) });
      else if (known.type !== typeOf(v)) known.type = 'string';
    }
  };
  graph.forEachNode((_, attributes) => declare('node', attributes));
  graph.forEachEdge((_, attributes) => declare('edge', attributes));
  const data = (scope: 'node' | 'edge', attributes: Record<string, unknown>) =>
    Object.entries(attributes)
      .filter(([, v]) => v !== '' && v !== undefined && v !== null)
      .map(([name, v]) => `<data key="${keys.get(`${scope}:${name}`)!.id}">${escapeXml(String(v))}</data>`)
      .join('');
  const nodes = graph.mapNodes((key, attributes) => `    <node id="${escapeXml(key)}">${data('node', attributes)}</node>`);
  const edges = graph.mapEdges(
    (key, attributes, source, target) =>
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data('edge', attributes)}</edge>`,
  );
  const declarations = [...keys.entries()].map(
    ([k, key]) => `  <key id="${key.id}" for="${key.for}" attr.name="${escapeXml(k.slice(k.indexOf(':') + 1))}" attr.type="${key.type}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...declarations,
    `  <graph id="${escapeXml(network.id)}" edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
