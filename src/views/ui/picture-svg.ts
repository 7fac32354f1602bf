/**
 * A view's drawing as a standalone SVG for the export menu: the drawing as on
 * screen (the views that use this draw their legend and sources in it) under
 * a title, and beside it, when the view lists things next to its drawing
 * (the grid's actors not assessed), that list. Text goes in through the DOM,
 * so a name like `</text><script>` stays text.
 */
const NS = 'http://www.w3.org/2000/svg';
const TITLE = 44;

/** A list printed beside the drawing: a heading, a note, and one line per item, in as many columns as it needs. */
export interface PictureAside {
  heading: string;
  note: string;
  items: readonly string[];
}

const ASIDE = { gap: 24, column: 210, line: 14, noteChars: 34, itemChars: 30 };

const shortened = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars - 1).trimEnd()}…` : text);

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

export function pictureSvg(drawing: SVGSVGElement, title: string, aside?: PictureAside): string {
  const drawingWidth = Number(drawing.getAttribute('width'));
  const height = Number(drawing.getAttribute('height'));
  const text = (x: number, y: number, content: string, attributes: Record<string, string> = {}) => {
    const node = document.createElementNS(NS, 'text');
    node.setAttribute('x', String(x));
    node.setAttribute('y', String(y));
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.textContent = content;
    return node;
  };
  const list = document.createElementNS(NS, 'g');
  let width = drawingWidth;
  if (aside && aside.items.length > 0) {
    const left = drawingWidth + ASIDE.gap;
    list.setAttribute('font-size', '11');
    list.setAttribute('fill', '#1a1a1a');
    list.appendChild(text(left, TITLE + 18, aside.heading, { 'font-size': '13', 'font-weight': '700' }));
    const note = wrap(aside.note, ASIDE.noteChars);
    note.forEach((line, i) => list.appendChild(text(left, TITLE + 36 + i * ASIDE.line, line, { fill: '#4a5560' })));
    const top = TITLE + 36 + (note.length + 0.5) * ASIDE.line;
    const perColumn = Math.max(1, Math.floor((TITLE + height - top) / ASIDE.line));
    aside.items.forEach((item, i) => {
      const x = left + Math.floor(i / perColumn) * ASIDE.column;
      list.appendChild(text(x, top + (i % perColumn) * ASIDE.line, `· ${shortened(item, ASIDE.itemChars)}`));
    });
    width = left + Math.ceil(aside.items.length / perColumn) * ASIDE.column;
  }
  const root = document.createElementNS(NS, 'svg');
  root.setAttribute('xmlns', NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height + TITLE));
  root.setAttribute('viewBox', `0 0 ${width} ${height + TITLE}`);
  root.setAttribute('font-family', 'system-ui, sans-serif');
  const background = document.createElementNS(NS, 'rect');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height + TITLE));
  background.setAttribute('fill', '#ffffff');
  root.appendChild(background);
  root.appendChild(text(4, 30, title, { 'font-size': '22', 'font-weight': '700', 'fill': '#1d2b3a' }));
  const clone = drawing.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute('data-testid');
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  clone.setAttribute('y', String(TITLE));
  root.appendChild(clone);
  if (list.hasChildNodes()) root.appendChild(list);
  return new XMLSerializer().serializeToString(root);
}
