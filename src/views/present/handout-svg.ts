/**
 * A view's picture made ready for svg2pdf.js, which draws an SVG with what the
 * SVG says of itself and the fonts the PDF holds:
 * - paint that the page's stylesheets give by class (the map's strips and
 *   clusters) is written onto the elements, else it prints black;
 * - text is set in the handout's embedded font, bold or regular (a weight or
 *   an italic the PDF lacks would fall back to Times without the en dash or
 *   the arrow);
 * - a white halo drawn under a label (`paint-order: stroke`) is left out, as
 *   svg2pdf would paint it over the letters.
 * The element must be in the document, so that its computed style is known.
 */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'display',
  'visibility',
] as const;

const isBold = (weight: string) => weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;

export function prepareForPdf(drawing: SVGSVGElement, fontFamily: string): void {
  for (const element of drawing.querySelectorAll<SVGElement>('[class], [class] *')) {
    const computed = getComputedStyle(element);
    for (const property of PAINT) {
      const value = computed.getPropertyValue(property);
      // "none" is a value for paint and display (hidden by a class); for a dash array it is the default.
      if (value && (value !== 'none' || property !== 'stroke-dasharray')) element.style.setProperty(property, value);
    }
  }
  drawing.setAttribute('font-family', fontFamily);
  for (const element of [drawing, ...drawing.querySelectorAll<SVGElement>('*')]) {
    if (element.hasAttribute('font-family')) element.setAttribute('font-family', fontFamily);
    if (element.style.fontFamily) element.style.fontFamily = fontFamily;
    const weight = element.style.fontWeight || element.getAttribute('font-weight');
    if (weight) {
      element.style.fontWeight = '';
      element.setAttribute('font-weight', isBold(weight) ? 'bold' : 'normal');
    }
    if (element.style.fontStyle || element.hasAttribute('font-style')) {
      element.style.fontStyle = '';
      element.setAttribute('font-style', 'normal');
    }
    const order = element.style.getPropertyValue('paint-order') || element.getAttribute('paint-order') || '';
    if (order.trim().startsWith('stroke')) {
      element.style.stroke = 'none';
      element.setAttribute('stroke', 'none');
    }
  }
}
