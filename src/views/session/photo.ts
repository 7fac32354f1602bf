/**
 * The photograph of the table Net-Map users take at the end of a session: the
 * board as drawn, with the question above it, the kinds of link below, and
 * where, when and who answered. A standalone SVG (styles written onto each
 * element, so that the PNG and the PDF draw it as the screen does); text goes
 * in through the DOM, so a name stays text.
 */
import { downloadBlob } from '../ui/download';
import { svgToPng } from '../network/export-image';
import { embedHandoutFont, HANDOUT_FONT } from '../present/handout-font';
import { prepareForPdf } from '../present/handout-svg';

const NS = 'http://www.w3.org/2000/svg';
const STYLED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
];
const BOTTOM = 80;
const TITLE_CHARS = 62;

/** Words laid into lines of at most `chars` characters. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface PhotoParts {
  title: string;
  foot: string;
  /** What the towers and the marks on the cards mean. */
  key: string;
  legend: { name: string; colour: string }[];
}

/** The board with its styles written on, under a title and over a legend and a foot line. */
export function tablePhotoSvg(board: SVGSVGElement, parts: PhotoParts): string {
  const [, , width, height] = (board.getAttribute('viewBox') ?? '0 0 1000 640').split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const titleLines = wrap(parts.title, TITLE_CHARS);
  const TOP = 30 + titleLines.length * 28;
  const copy = board.cloneNode(true) as SVGSVGElement;
  // Styles as the screen computed them, element by element (the copy is not in the page).
  const originals = [board, ...board.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = copies[i]!;
    for (const property of STYLED) {
      const value = style.getPropertyValue(property);
      if (value && value !== 'none' && !target.getAttribute(property)) target.setAttribute(property, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
    target.removeAttribute('role');
  });
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(TOP));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));

  const root = document.createElementNS(NS, 'svg');
  root.setAttribute('xmlns', NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(TOP + height + BOTTOM));
  root.setAttribute('viewBox', `0 0 ${width} ${TOP + height + BOTTOM}`);
  root.setAttribute('font-family', 'DejaVu Sans, Arial, sans-serif');
  const background = document.createElementNS(NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.appendChild(background);
  const text = (x: number, y: number, content: string, attributes: Record<string, string>) => {
    const node = document.createElementNS(NS, 'text');
    node.setAttribute('x', String(x));
    node.setAttribute('y', String(y));
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.textContent = content;
    root.appendChild(node);
    return node;
  };
  text(16, 40, parts.title, { 'font-size': '22', 'font-weight': '700', 'fill': '#1a1a1a' });
  root.appendChild(copy);
  let x = 16;
  for (const item of parts.legend) {
    const swatch = document.createElementNS(NS, 'rect');
    swatch.setAttribute('x', String(x));
    swatch.setAttribute('y', String(TOP + height + 14));
    swatch.setAttribute('width', '22');
    swatch.setAttribute('height', '6');
    swatch.setAttribute('fill', item.colour);
    root.appendChild(swatch);
    text(x + 28, TOP + height + 21, item.name, { 'font-size': '14', 'fill': '#1a1a1a' });
    x += 40 + item.name.length * 8;
  }
  text(16, TOP + height + 48, parts.foot, { 'font-size': '13', 'fill': '#4a5560' });
  return new XMLSerializer().serializeToString(root);
}

const fileName = (title: string, ext: string) =>
  `${
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'sesion'
  }.${ext}`;

export async function downloadPhotoPng(svg: string, title: string): Promise<void> {
  downloadBlob(await svgToPng(svg, 2), fileName(title, 'png'));
}

/** The photo as a one-page landscape PDF, its drawing as vector graphics (jsPDF and svg2pdf.js, loaded now). */
export async function downloadPhotoPdf(svg: string, title: string): Promise<void> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
  await embedHandoutFont(pdf);
  const host = document.createElement('div');
  host.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 2000px; height: 2000px; overflow: hidden;';
  document.body.appendChild(host);
  try {
    const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    host.appendChild(document.importNode(element, true));
    const drawn = host.firstElementChild as SVGSVGElement;
    prepareForPdf(drawn, HANDOUT_FONT);
    const margin = 24;
    const pageWidth = pdf.internal.pageSize.getWidth();
    const pageHeight = pdf.internal.pageSize.getHeight();
    const w = Number(drawn.getAttribute('width'));
    const h = Number(drawn.getAttribute('height'));
    const scale = Math.min((pageWidth - 2 * margin) / w, (pageHeight - 2 * margin) / h);
    await svg2pdf(drawn, pdf, { x: margin, y: margin, width: w * scale, height: h * scale });
  } finally {
    host.remove();
  }
  downloadBlob(pdf.output('blob'), fileName(title, 'pdf'));
}
