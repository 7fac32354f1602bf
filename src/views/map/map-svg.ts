/**
 * The map as a standalone SVG for the export menu (which adds the title, the
 * legend of marks and ties, and the network's sources): the regions, arcs and
 * marks as drawn (with the look the stylesheet gives them), with the choropleth's legend and the boundaries' source
 * written below them.
 */
const NS = 'http://www.w3.org/2000/svg';

/** What the page's stylesheet gives the map's parts and a standalone picture (or the PDF handout) would lose. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
];

/** Copies each drawn element's computed look onto its copy, as a style attribute, walking both trees together. */
function inlineStyles(drawn: Element, copy: Element): void {
  const computed = getComputedStyle(drawn);
  const look = INLINED.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';');
  copy.setAttribute('style', `${look};${copy.getAttribute('style') ?? ''}`);
  for (let i = 0; i < drawn.children.length; i++) inlineStyles(drawn.children[i]!, copy.children[i]!);
}

export interface MapSvgParts {
  width: number;
  height: number;
  /** What regions are coloured by; null when they are not. */
  title: string | null;
  classes: { fill: string; label: string }[];
  sourceLine: string;
}

export function mapSvg(svg: SVGSVGElement, { width, height, title, classes, sourceLine }: MapSvgParts): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const extra = 22 + (title ? 18 * (classes.length + 1) : 0);
  clone.setAttribute('xmlns', NS);
  clone.setAttribute('height', String(height + extra));
  clone.setAttribute('viewBox', `0 0 ${width} ${height + extra}`);
  const add = (name: string, attributes: Record<string, string | number>, content = '') => {
    const node = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    node.textContent = content;
    clone.appendChild(node);
  };
  let y = height + 14;
  if (title) {
    add('text', { 'x': 16, y, 'font-size': 12, 'font-weight': 'bold', 'font-family': 'sans-serif' }, title);
    for (const item of classes) {
      y += 18;
      add('rect', { x: 16, y: y - 10, width: 14, height: 12, fill: item.fill, stroke: '#8c8778' });
      add('text', { 'x': 36, y, 'font-size': 11, 'font-family': 'sans-serif' }, item.label);
    }
    y += 18;
  }
  add('text', { 'x': 16, y, 'font-size': 10, 'font-family': 'sans-serif', 'fill': '#4a5560' }, sourceLine);
  return new XMLSerializer().serializeToString(clone);
}
