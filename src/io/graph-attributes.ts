/**
 * What a GEXF or GraphML file says beyond its stakeholder data: which node
 * attribute names the nodes (a file from another tool may keep its labels in
 * `tooltip`, `Label` or `title`), where the file drew each node (GEXF
 * `viz:position`, `x`/`y` attributes) and how (colours and sizes). Pure
 * functions over the parsed nodes' attributes.
 */
import { ID_PATTERN } from '../model/schema';
import { headerKey } from './columns';

/** A node as the graph parsers give it: its key and its attributes. */
export interface ParsedNode {
  key: string;
  attributes: Record<string, unknown>;
}

/** A node attribute that could name the actors, with a few of its values for the import preview. */
export interface LabelCandidate {
  attribute: string;
  /** Whether it looks like names: a text on most nodes, mostly different from node to node, not numbers. */
  likely: boolean;
  examples: string[];
}

/** Where a node is drawn, in the drawing's units, y pointing down as on screen. */
export interface Point {
  x: number;
  y: number;
}

/** The label attribute that means "the node's id". */
export const NODE_ID = '';

/** Attributes of other tools' drawings: never a label, never stakeholder data. */
export const DRAWING_ATTRIBUTES = ['x', 'y', 'z', 'size', 'color', 'r', 'g', 'b', 'viz', 'shape', 'thickness'];

/** Attribute names that usually hold a node's label, likeliest first (compared as headerKey writes them). */
const LABEL_NAMES = ['name', 'label', 'nombre', 'etiqueta', 'title', 'titulo', 'tooltip', 'caption', 'nom', 'description'];

const text = (value: unknown): string => (value === null || value === undefined || typeof value === 'object' ? '' : String(value).trim());
const NUMBER = /^[-+]?\d+(?:[.,]\d+)?(?:e[-+]?\d+)?$/i;

/**
 * The node attributes that could be read as the actors' names, likeliest
 * first: those that look like names (present on at least half the nodes,
 * at most a tenth of them numbers, at least four in five values different)
 * ordered by how usual their name is for a label, then every other
 * attribute with text.
 */
export function labelCandidates(nodes: readonly ParsedNode[]): LabelCandidate[] {
  const names = [...new Set(nodes.flatMap((node) => Object.keys(node.attributes)))].filter(
    (name) => !DRAWING_ATTRIBUTES.includes(name) && name !== 'id',
  );
  const candidates = names.flatMap((attribute) => {
    const values = nodes.map((node) => text(node.attributes[attribute])).filter(Boolean);
    if (values.length === 0) return [];
    const numbers = values.filter((v) => NUMBER.test(v)).length;
    const likely = values.length >= nodes.length / 2 && numbers <= values.length / 10 && new Set(values).size >= values.length * 0.8;
    const rank = LABEL_NAMES.indexOf(headerKey(attribute));
    return [
      { attribute, likely, examples: values.slice(0, 3), rank: rank < 0 ? LABEL_NAMES.length : rank, distinct: new Set(values).size },
    ];
  });
  candidates.sort((a, b) => Number(b.likely) - Number(a.likely) || a.rank - b.rank || b.distinct - a.distinct);
  return candidates.map(({ attribute, likely, examples }) => ({ attribute, likely, examples }));
}

/**
 * The attribute read as names when the user has not chosen: one that looks
 * like names and is named like a label; else the node ids when they are
 * names themselves (networkx writes "Myriel", "Defensoría del Pueblo");
 * else any attribute that looks like names; else the node ids.
 */
export function likeliestLabel(candidates: readonly LabelCandidate[], nodes: readonly ParsedNode[]): string {
  const likely = candidates.filter((c) => c.likely);
  const named = likely.find((c) => LABEL_NAMES.includes(headerKey(c.attribute)));
  if (named) return named.attribute;
  const keysAreNames = nodes.filter((node) => !ID_PATTERN.test(node.key) && !NUMBER.test(node.key)).length > nodes.length / 2;
  return keysAreNames ? NODE_ID : (likely[0]?.attribute ?? NODE_ID);
}

/**
 * Where the file drew its nodes (numeric `x` and `y`, as GEXF's
 * viz:position and Gephi's or networkx's GraphML give them), by node key;
 * null when fewer than half the nodes have a place. Gephi and networkx
 * draw y upwards, the screen downwards: y is turned over. The drawing is
 * scaled so that its larger side spans 150 units per √nodes (about the
 * spacing of the force layout), centred on 0.
 */
export function filePositions(nodes: readonly ParsedNode[]): Record<string, Point> | null {
  const placed = nodes.flatMap(({ key, attributes }) => {
    const x = Number(text(attributes.x) || NaN);
    const y = Number(text(attributes.y) || NaN);
    return Number.isFinite(x) && Number.isFinite(y) ? [{ key, x, y: -y }] : [];
  });
  if (placed.length === 0 || placed.length < nodes.length / 2) return null;
  const xs = placed.map((p) => p.x);
  const ys = placed.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY);
  const scale = span > 0 ? (150 * Math.sqrt(placed.length)) / span : 1;
  const [midX, midY] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const round = (v: number) => Math.round(v * 100) / 100;
  return Object.fromEntries(placed.map((p) => [p.key, { x: round((p.x - midX) * scale), y: round((p.y - midY) * scale) }]));
}

const hex = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/**
 * A node's colour as "#rrggbb": from GEXF's viz:color (which the parser
 * gives as "rgb(r,g,b)", "rgba(…)" or a hex), a `color` attribute, or the
 * `r`, `g`, `b` attributes Gephi writes in GraphML. Null when it has none.
 */
export function nodeColor(attributes: Record<string, unknown>): string | null {
  const color = text(attributes.color);
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/i.exec(color);
  if (rgb) return `#${hex(Number(rgb[1]))}${hex(Number(rgb[2]))}${hex(Number(rgb[3]))}`;
  if (/^#?[0-9a-f]{6}$/i.test(color)) return `#${color.replace('#', '').toLowerCase()}`;
  if (color) return color;
  const [r, g, b] = ['r', 'g', 'b'].map((channel) => Number(text(attributes[channel]) || NaN));
  return [r, g, b].every((v) => Number.isFinite(v)) ? `#${hex(r!)}${hex(g!)}${hex(b!)}` : null;
}

/** A node's size, when the file gives one as a number. */
export function nodeSize(attributes: Record<string, unknown>): string | null {
  const size = text(attributes.size);
  return size && Number.isFinite(Number(size)) ? size : null;
}
