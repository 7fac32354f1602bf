/**
 * The picture a presenter takes away: the network as drawn (current filters
 * and styling), with a title, the legend and a source line, as SVG or PNG.
 * Every text is escaped: a label like `</text><script>` stays text.
 */
import { escapeXml } from '../../io/xml-escape';
import type { Locale } from '../../model/localized';
import type { Network } from '../../model/types';
import { PILLARS, PILLAR_LABELS, SECTORS, SECTOR_LABELS, TIE_TYPES, TIE_TYPE_LABELS, TRUST, pillarOf } from '../../model/vocabularies';
import { PILLAR_COLORS, PILLAR_SHAPES, SECTOR_COLORS, TIE_STROKES, TRUST_COLORS, TRUST_NOT_ASSESSED } from '../../styling/palette';
import { SHAPE_PATHS } from '../../styling/shapes';
import { translate } from '../../text/translate';
import type { ColorBy } from '../../styling/node-values';

export interface ImageParts {
  /** The network drawing as an SVG document (from cytoscape-svg). */
  graphSvg: string;
  title: string;
  /** "Sources: …" line. */
  sourceLine: string;
  network: Network;
  colorBy: ColorBy;
  /** The colours' key when it is not by sector or pillar (by what the engagement records say). */
  colourKey?: readonly { label: string; color: string }[];
  /** False when trust is redacted: the legend leaves trust out. */
  showTrust?: boolean;
  locale: Locale;
  /** Legend headings in the interface language. */
  headings: { colours: string; trust: string; notAssessed: string; types: string };
}

const LEGEND_WIDTH = 330;
const TITLE_HEIGHT = 56;
const FOOTER_HEIGHT = 36;

function legend(parts: ImageParts, top: number): { svg: string; height: number } {
  const { network, locale, headings } = parts;
  const lines: string[] = [];
  let y = top;
  const heading = (text: string) => {
    y += 22;
    lines.push(`<text x="0" y="${y}" font-size="12" font-weight="700" fill="#444">${escapeXml(text.toUpperCase())}</text>`);
    y += 6;
  };
  const row = (symbol: string, text: string) => {
    y += 18;
    lines.push(
      `<g transform="translate(0,${y - 12})">${symbol}</g><text x="30" y="${y}" font-size="12" fill="#1a1a1a">${escapeXml(text)}</text>`,
    );
  };
  heading(headings.colours);
  if (parts.colourKey) {
    for (const { label, color } of parts.colourKey) row(`<circle cx="7" cy="7" r="6" fill="${escapeXml(color)}"/>`, label);
  } else if (parts.colorBy === 'pillar') {
    for (const p of PILLARS.filter((p) => network.actors.some((a) => pillarOf(a.sector) === p))) {
      row(
        `<path d="${SHAPE_PATHS[PILLAR_SHAPES[p]]}" fill="${PILLAR_COLORS[p]}" transform="scale(0.7)"/>`,
        translate(locale, PILLAR_LABELS[p]),
      );
    }
  } else {
    for (const s of SECTORS.filter((s) => network.actors.some((a) => a.sector === s))) {
      row(
        `<path d="${SHAPE_PATHS[PILLAR_SHAPES[pillarOf(s)]]}" fill="${SECTOR_COLORS[s]}" transform="scale(0.7)"/>`,
        translate(locale, SECTOR_LABELS[s]),
      );
    }
  }
  if (parts.showTrust !== false) {
    heading(headings.trust);
    for (const step of [-2, -1, 0, 1, 2]) {
      row(
        `<line x1="0" y1="7" x2="24" y2="7" stroke="${TRUST_COLORS[String(step) as keyof typeof TRUST_COLORS]}" stroke-width="3"/>`,
        `${step > 0 ? '+' : ''}${step} ${translate(locale, TRUST.labels[step]!)}`,
      );
    }
    row(`<line x1="0" y1="7" x2="24" y2="7" stroke="${TRUST_NOT_ASSESSED}" stroke-width="2"/>`, headings.notAssessed);
  }
  heading(headings.types);
  for (const t of TIE_TYPES.filter((t) => network.ties.some((tie) => tie.type === t))) {
    const { dash, width } = TIE_STROKES[t];
    row(
      `<line x1="0" y1="7" x2="24" y2="7" stroke="#555" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>`,
      translate(locale, TIE_TYPE_LABELS[t]),
    );
  }
  return { svg: lines.join('\n'), height: y - top };
}

/** The whole picture as one SVG document. */
export function composeSvg(parts: ImageParts): string {
  const inner = parts.graphSvg.replace(/<\?xml[^>]*>/, '').replace(/<!DOCTYPE[^>]*>/i, '');
  const width = Number(/<svg[^>]*\bwidth="([\d.]+)/.exec(inner)?.[1] ?? 800);
  const height = Number(/<svg[^>]*\bheight="([\d.]+)/.exec(inner)?.[1] ?? 600);
  const drawing = inner.replace(/<svg/, `<svg x="0" y="${TITLE_HEIGHT}"`);
  const key = legend(parts, 0);
  const totalWidth = Math.ceil(width + LEGEND_WIDTH + 40);
  const totalHeight = Math.ceil(TITLE_HEIGHT + Math.max(height, key.height + 20) + FOOTER_HEIGHT);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" font-family="system-ui, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="20" y="36" font-size="22" font-weight="700" fill="#1d2b3a">${escapeXml(parts.title)}</text>`,
    drawing,
    `<g transform="translate(${width + 20},${TITLE_HEIGHT})">${key.svg}</g>`,
    `<text x="20" y="${totalHeight - 14}" font-size="11" fill="#555">${escapeXml(parts.sourceLine)}</text>`,
    `</svg>`,
  ].join('\n');
}

/** Rasterises an SVG document to a PNG at `scale` (1×, 2×, 4×). Browser only. */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 800);
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 600);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('export: the PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
