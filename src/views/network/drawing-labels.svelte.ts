/**
 * The network drawing's labels (NetworkDrawing.svelte). Labels keep one size on screen at any zoom, and only those
 * with room are drawn: by priority (selected, bigger, more ties), none over another label or another actor, nor past
 * the edge of the drawing (label-placement.ts; not on a large network, whose labels scale with it). The selected, the
 * newly added and the most connected actors always have one, moved clear of a crowd with a leader line when no place
 * beside them is free (node-labels.ts). Placed after a zoom or pan (a large network: a zoom), a layout, a drag, a filter or a style change, once things are still.
 */
import type { Core } from 'cytoscape';
import type { Position } from '../../state/view.svelte';
import type { StyleOptions } from '../../styling/node-values';
import { ZOOM_RANGE } from './drawing-camera.svelte';
import { LARGE_NETWORK, viewportFor } from './layouts';
import { placeNodeLabels, type Leader } from './node-labels';
import { MIN_LABEL_PX, buildStylesheet } from './stylesheet';

/** A network drawn with its labels scaling with the drawing, moved as a picture, placed only at rest after a zoom. */
export const isLarge = (instance: Core) => instance.nodes().length > LARGE_NETWORK;

/**
 * Within 3 % of the zoom the labels were sized for: a restyle of every element would change them by less than a
 * third of a pixel. (The first drawing is styled for the zoom its saved positions will fit at, before they do.)
 */
const closeZoom = (zoom: number, styled: number) => Math.abs(zoom / styled - 1) < 0.03;

/**
 * The zoom at which the saved positions of a network's actors will fit a `width` × `height` canvas (as the preset layout fits
 * them, with room for a label around each actor), so the first drawing is styled once, for the zoom it is shown at.
 * 1 when some actor has no saved position (a layout will place it) or the network is large (its labels scale).
 */
export function firstZoom(actors: readonly { id: string }[], positions: Record<string, Position>, width: number, height: number): number {
  if (actors.length === 0 || actors.length > LARGE_NETWORK) return 1;
  const margin = 60; // about an actor and its label, each side
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const actor of actors) {
    const p = positions[actor.id];
    if (!p) return 1;
    box.x1 = Math.min(box.x1, p.x - margin);
    box.y1 = Math.min(box.y1, p.y - margin);
    box.x2 = Math.max(box.x2, p.x + margin);
    box.y2 = Math.max(box.y2, p.y + margin);
  }
  return viewportFor(box, width, height, 30, ZOOM_RANGE).zoom;
}

export class DrawingLabels {
  /** How many labels are drawn (`data-labels-shown` on the canvas). */
  shown = $state(0);
  /** Whether the labels are placed for the view as it is (`data-labels` on the canvas, which the browser tests wait on). */
  placed = $state(false);
  /** The lines from actors to their labels moved clear of a crowd, in the drawing's coordinates. */
  leaders: Leader[] = $state.raw([]);
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The zoom the stylesheet's label sizes were last computed for, and the stylesheet itself. */
  #styledZoom = NaN;
  #styledSheet = '';

  /** `px`: the labels' size on screen, in pixels, whatever the zoom; `styleOptions`: what the stylesheet is built from. */
  constructor(
    private readonly px: () => number,
    private readonly styleOptions: () => StyleOptions,
  ) {}

  /** Places the labels once things are still: any placing asked for before then is dropped. */
  schedule(instance: Core): void {
    clearTimeout(this.#timer);
    // A large network places its labels once it is at rest, not between the steps of a zoom.
    const wait = isLarge(instance) ? 300 : 80;
    this.placed = false;
    this.#timer = setTimeout(() => {
      if (!instance.destroyed()) this.#place(instance);
    }, wait);
  }

  /** Places the labels now, instead of any placing scheduled. */
  placeNow(instance: Core): void {
    clearTimeout(this.#timer);
    this.#place(instance);
  }

  /** Takes the leader lines away while actors move (a drag, a layout): they come back with the next placing. */
  dropLeaders(): void {
    if (this.leaders.length > 0) this.leaders = [];
  }

  /** Drops any placing scheduled (the drawing is going). */
  stop(): void {
    clearTimeout(this.#timer);
  }

  /** The zoom to size the labels for at `zoom`: the one they are sized for already, when close enough to it. */
  zoomFor(zoom: number): number {
    return closeZoom(zoom, this.#styledZoom) ? this.#styledZoom : zoom;
  }

  /** Restyles every element, so only when the stylesheet changed. */
  applySheet(instance: Core, sheet: ReturnType<typeof buildStylesheet>, zoom: number): void {
    this.#styledZoom = zoom;
    const key = JSON.stringify(sheet);
    if (key === this.#styledSheet) return;
    this.#styledSheet = key;
    instance.style(sheet);
  }

  #place(instance: Core): void {
    const px = this.px();
    const zoom = instance.zoom();
    // Labels keep their size on screen by a restyle at each new zoom; a large network's labels scale with the
    // drawing instead (restyling thousands of elements at every zoom would stall it) and hide when too small.
    const large = isLarge(instance);
    if (!large && !closeZoom(zoom, this.#styledZoom))
      this.applySheet(instance, buildStylesheet(this.styleOptions(), { px, zoom }, false), zoom);
    this.placed = true;
    // Zoomed out on a large network every label is below the smallest size drawn: nothing to place.
    if (large && px * zoom < MIN_LABEL_PX) {
      this.shown = 0;
      this.leaders = [];
      return;
    }
    ({ shown: this.shown, leaders: this.leaders } = placeNodeLabels(instance, px, 4 / this.#styledZoom, !large));
  }
}
