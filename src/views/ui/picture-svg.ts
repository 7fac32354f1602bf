/**
 * A view's drawing as a standalone SVG for the export menu: the drawing as on
 * screen (the views that use this draw their legend and sources in it) under
 * a title. Text goes in through the DOM, so a name like `</text><script>`
 * stays text.
 */
const NS = 'http://www.w3.org/2000/svg';
const TITLE = 44;

export function pictureSvg(drawing: SVGSVGElement, title: string): string {
  const width = Number(drawing.getAttribute('width'));
  const height = Number(drawing.getAttribute('height'));
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
  const heading = document.createElementNS(NS, 'text');
  heading.setAttribute('x', '4');
  heading.setAttribute('y', '30');
  heading.setAttribute('font-size', '22');
  heading.setAttribute('font-weight', '700');
  heading.setAttribute('fill', '#1d2b3a');
  heading.textContent = title;
  root.appendChild(heading);
  const clone = drawing.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute('data-testid');
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  clone.setAttribute('y', String(TITLE));
  root.appendChild(clone);
  return new XMLSerializer().serializeToString(root);
}
