/**
 * How wide a line of text is drawn in the page's font, measured on a canvas
 * (the map places names before drawing them). Falls back to an estimate of
 * 0.6 em a character where no canvas is to be had.
 */
import { REGION_NAME_FONT, type LabelWish } from './map-labels';

/** The page's font (app.css), which the map's SVG text inherits and its exported picture names. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, fontSize: number, fontWeight = 400): number {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.6;
  context.font = `${fontWeight} ${fontSize}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}

/** A region's name on the map, measured in the font it is written in: bold for a region with actors. */
export function measureName(wish: LabelWish): { width: number; height: number } {
  const font = wish.priority > 0 ? REGION_NAME_FONT.strong : REGION_NAME_FONT.faint;
  return { width: textWidth(wish.text, font.size, font.weight), height: font.size };
}
