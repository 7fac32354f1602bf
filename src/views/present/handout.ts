/**
 * The slides as a PDF handout: one landscape page per slide, the drawing as
 * vector graphics (svg2pdf.js on jsPDF, loaded only when a handout is made)
 * with its legend, the slide's title and caption, the sources, the date, and
 * the "redacted" mark when a redaction profile is on. Each slide is put on
 * screen in turn and drawn as the export menu draws it; the view as it was is
 * put back at the end. Text and pictures are set in an embedded font that has
 * every letter, dash and arrow they use (./handout-font).
 */
import { locale } from '../../i18n/locale.svelte';
import { formatDate } from '../../i18n/format';
import { localize } from '../../model/localized';
import { REDACTED_MARK } from '../../model/redact';
import type { Presenter } from '../../state/presenter.svelte';
import type { ViewState } from '../../state/view.svelte';
import { downloadBlob } from '../ui/download';
import { embedHandoutFont, HANDOUT_FONT } from './handout-font';
import { prepareForPdf } from './handout-svg';

export interface HandoutOptions {
  presenter: Presenter;
  view: ViewState;
  title: string;
  /** The picture of what is on screen now, as an SVG document. */
  pictureOf: () => string;
}

/** Waits for the views to draw a slide: a few frames, and the layout and label timers. */
function settle(ms = 700): Promise<void> {
  return new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), ms));
}

const text = (value: { es: string; en: string }) => localize(value, locale.current);

/**
 * A page's footer: the handout's title, the page, and the day it was made — once, as a scenario's default name
 * already ends with the day it was made.
 */
export function footerLine(title: string, page: number, pages: number, today: string): string {
  return [title, `${page}/${pages}`, ...(title.includes(today) ? [] : [today])].join(' · ');
}

export async function slidesPdf({ presenter, view, title, pictureOf }: HandoutOptions): Promise<void> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const before = view.snapshot();
  const focus = view.focus;
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
  await embedHandoutFont(pdf);
  const today = formatDate(new Date(), locale.current);
  const width = pdf.internal.pageSize.getWidth();
  const height = pdf.internal.pageSize.getHeight();
  const margin = 32;
  const host = document.createElement('div');
  host.style.cssText = 'position: fixed; left: -10000px; top: 0; width: 2000px; height: 2000px; overflow: hidden;';
  document.body.appendChild(host);
  const mark = presenter.redacting ? locale.t(REDACTED_MARK).toUpperCase() : '';
  try {
    for (const [index, slide] of presenter.slides.entries()) {
      if (index > 0) pdf.addPage();
      presenter.apply(slide);
      await settle();
      const svg = pictureOf();
      pdf.setFont(HANDOUT_FONT, 'bold');
      pdf.setFontSize(18);
      pdf.text(text(slide.title) || title, margin, margin + 8);
      pdf.setFont(HANDOUT_FONT, 'normal');
      pdf.setFontSize(11);
      const caption = text(slide.caption);
      if (caption) pdf.text(pdf.splitTextToSize(caption, width - 2 * margin) as string[], margin, margin + 26);
      const top = margin + (caption ? 44 : 26);
      const bottom = height - margin - 20;
      if (svg) {
        host.innerHTML = '';
        const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
        host.appendChild(document.importNode(element, true));
        const drawn = host.firstElementChild as SVGSVGElement;
        prepareForPdf(drawn, HANDOUT_FONT);
        const w = Number(drawn.getAttribute('width')) || 800;
        const h = Number(drawn.getAttribute('height')) || 600;
        const scale = Math.min((width - 2 * margin) / w, (bottom - top) / h);
        await svg2pdf(drawn, pdf, { x: margin, y: top, width: w * scale, height: h * scale });
      }
      pdf.setFontSize(9);
      pdf.setTextColor(80);
      pdf.setFont(HANDOUT_FONT, 'normal');
      pdf.text(footerLine(title, index + 1, presenter.slides.length, today), margin, height - margin + 6);
      if (mark) {
        pdf.setFont(HANDOUT_FONT, 'bold');
        pdf.setTextColor(140, 20, 20);
        pdf.text(mark, width - margin, height - margin + 6, { align: 'right' });
      }
      pdf.setTextColor(0);
    }
  } finally {
    host.remove();
    view.restore(before, new Set(Object.keys(before.positions)));
    view.focus = focus;
  }
  const name = `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'puentes'}-${locale.t('file.slides')}${mark ? `-${locale.t(REDACTED_MARK)}` : ''}.pdf`;
  downloadBlob(pdf.output('blob'), name);
}
