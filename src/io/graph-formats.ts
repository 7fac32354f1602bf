/**
 * GEXF (Gephi) and GraphML (yEd, networkx, igraph), read with graphology's
 * parsers and written so that Gephi and networkx open them with every
 * attribute. Reading goes through the same column mapping as spreadsheets:
 * attributes named like model fields become those fields, the rest are kept
 * as extra attributes. Files declaring a DOCTYPE or entities are refused
 * (entity expansion is how "billion laughs" files attack parsers), and an
 * XML syntax error is reported, not ignored.
 */
import Graph from 'graphology';
import { parse as parseGexf, write as gexfWriter } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import { localize, type Locale } from '../model/localized';
import type { Network, Problem } from '../model/types';
import { proposeMapping } from './columns';
import { actorRow, tieRow } from './table-export';
import { escapeXml } from './xml-escape';
import { tablesToNetwork, type Table, type TableImport } from './table-import';

export type GraphFormat = 'gexf' | 'graphml';

/** The DOMParser of the browser, or @xmldom/xmldom's in Node. */
export interface XmlParser {
  parseFromString(text: string, type: string): Document;
}

const problem = (path: string, message: string, messageEs: string, code: Problem['code'] = 'invalid'): Problem => ({ path, code, severity: 'error', message, messageEs });

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

export function readGraphFile(text: string, fileName: string, format: GraphFormat, xml: XmlParser): TableImport {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return { network: null, problems: [problem(fileName, 'declares a DOCTYPE or entities, which Puentes does not read (they can be used to attack the reader); remove them and try again', 'declara un DOCTYPE o entidades, que Puentes no lee (sirven para atacar al lector); quítelos y vuelva a intentarlo')] };
  }
  let doc: Document;
  const errors: string[] = [];
  try {
    doc = xml.parseFromString(text, 'application/xml');
  } catch (error) {
    return { network: null, problems: [problem(fileName, `is not well-formed XML: ${(error as Error).message}`, `no es un XML bien formado: ${(error as Error).message}`, 'bad-format')] };
  }
  const parserError = doc.getElementsByTagName('parsererror')[0];
  if (parserError) errors.push(parserError.textContent?.trim().split('\n')[0] ?? 'syntax error');
  if (errors.length > 0) return { network: null, problems: [problem(fileName, `is not well-formed XML: ${errors[0]}`, `no es un XML bien formado: ${errors[0]}`, 'bad-format')] };

  let graph: Graph;
  try {
    const parse = format === 'gexf' ? parseGexf : parseGraphml;
    graph = parse(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true } as never) as Graph;
  } catch (error) {
    return { network: null, problems: [problem(fileName, `could not be read as ${format.toUpperCase()}: ${(error as Error).message}`, `no se pudo leer como ${format.toUpperCase()}: ${(error as Error).message}`)] };
  }

  const problems: Problem[] = [];
  const nodes: Record<string, unknown>[] = graph.mapNodes((key, attributes) => ({ ...attributes, id: key, name: attributes.name ?? attributes.label ?? key }));
  const edges: Record<string, unknown>[] = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
    ...attributes,
    id: key,
    source,
    target,
    directed: attributes.directed ?? !undirected,
  }));
  // Files from other tools rarely say sector or tie type: say what was assumed rather than refuse them.
  if (!nodes.some((n) => 'sector' in n)) {
    nodes.forEach((n) => Object.assign(n, { sector: 'civil_society', basis: n.basis ?? 'assumed' }));
    problems.push({ path: fileName, code: 'missing', severity: 'warning', message: 'gives no sector: every actor was imported as a civil-society organisation, basis "assumed" — set the sectors before analysing', messageEs: 'no indica sectores: cada actor se importó como organización de la sociedad civil, con base "supuesto"; fije los sectores antes de analizar' });
  }
  if (edges.length > 0 && !edges.some((e) => 'type' in e && typeof e.type === 'string' && !['directed', 'undirected'].includes(e.type))) {
    edges.forEach((e) => Object.assign(e, { type: 'collaboration', basis: e.basis ?? 'assumed' }));
    problems.push({ path: fileName, code: 'missing', severity: 'warning', message: 'gives no tie type: every tie was imported as a collaboration, basis "assumed"', messageEs: 'no indica tipos de vínculo: cada vínculo se importó como colaboración, con base "supuesto"' });
  }
  // Layout and drawing attributes of other tools are not stakeholder data.
  const drawing = ['x', 'y', 'z', 'size', 'color', 'label', 'weight', 'viz'];
  const clean = (item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).filter(([k]) => !drawing.includes(k)));
  const actors = toTable(`${fileName} nodes`, ['id', 'name'], nodes.map(clean));
  const ties = toTable(`${fileName} edges`, ['id', 'source', 'target', 'type'], edges.map(clean));
  const title = (graph.getAttribute('title') as string | undefined) ?? fileName.replace(/\.[^.]+$/, '');
  const result = tablesToNetwork(actors, proposeMapping('actors', actors.headers), ties, proposeMapping('ties', ties.headers), {
    id: 'imported',
    title,
  });
  return { network: result.network, problems: [...problems, ...result.problems] };
}

/**
 * A graphology graph whose attributes are the flattened actor and tie records
 * (arrays as "a; b", sources as " | " lists), labels and vocabulary values in
 * `locale`.
 */
function flatGraph(network: Network, locale: Locale): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  graph.setAttribute('title', localize(network.title, locale));
  for (const actor of network.actors) {
    const { id, ...row } = actorRow(actor, locale);
    graph.addNode(String(id), { ...row, label: localize(actor.name, locale), ...(actor.extra ?? {}) });
  }
  for (const tie of network.ties) {
    const { id, source, target, ...row } = tieRow(tie, locale);
    const attributes = { ...row, ...(tie.extra ?? {}) };
    if (tie.directed) graph.addDirectedEdgeWithKey(String(id), String(source), String(target), attributes);
    else graph.addUndirectedEdgeWithKey(String(id), String(source), String(target), attributes);
  }
  return graph;
}

export function writeGexf(network: Network, locale: Locale = 'es'): string {
  return gexfWriter(flatGraph(network, locale), { version: '1.3' } as never);
}

/** GraphML with one key per attribute (all strings but booleans and numbers), and `directed` on each edge. */
export function writeGraphml(network: Network, locale: Locale = 'es'): string {
  const graph = flatGraph(network, locale);
  const keys = new Map<string, { id: string; for: 'node' | 'edge'; type: string }>();
  const typeOf = (v: unknown) => (typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? 'double' : 'string');
  const keyFor = (scope: 'node' | 'edge', name: string, value: unknown) => {
    const k = `${scope}:${name}`;
    if (!keys.has(k)) keys.set(k, { id: `${scope[0]}${keys.size}`, for: scope, type: typeOf(value) });
    return keys.get(k)!.id;
  };
  const data = (scope: 'node' | 'edge', attributes: Record<string, unknown>) =>
    Object.entries(attributes)
      .filter(([, v]) => v !== '' && v !== undefined && v !== null)
      .map(([name, v]) => `<data key="${keyFor(scope, name, v)}">${escapeXml(String(v))}</data>`)
      .join('');
  const nodes = graph.mapNodes((key, attributes) => `    <node id="${escapeXml(key)}">${data('node', attributes)}</node>`);
  const edges = graph.mapEdges(
    (key, attributes, source, target, _s, _t, undirected) =>
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" directed="${!undirected}">${data('edge', attributes)}</edge>`,
  );
  const declarations = [...keys.entries()].map(
    ([k, key]) => `  <key id="${key.id}" for="${key.for}" attr.name="${escapeXml(k.slice(k.indexOf(':') + 1))}" attr.type="${key.type}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...declarations,
    `  <graph id="${escapeXml(network.id)}" edgedefault="undirected">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
