/**
 * The viewport controller: zoom, fit, a slide's part of the drawing and
 * "centre on this actor" go through here to whichever view draws them. A view
 * that can be zoomed registers a target once it is drawn and laid out; a
 * command for a view not drawn yet (a slide that switches to the map, a search
 * picked from the table) waits here until it registers, instead of a timer
 * guessing when it will be ready.
 */
import { untrack } from 'svelte';
import type { ViewId } from './views';

/** A part of the drawing, in the drawing's own coordinates. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ViewportTarget {
  zoom(step: 1 | -1): void;
  /** Everything shown, in view; kept in view when the screen changes size until the user moves it. */
  fit(): void;
  /** A part of the drawing (a slide's camera), kept in view like `fit`. */
  show?(extent: Extent): void;
  centreOn?(actorId: string): void;
  /** The part of the drawing on screen now. */
  extent?(): Extent | null;
}

type Command = (target: ViewportTarget) => void;

export class Viewport {
  #targets: ReadonlyMap<ViewId, ViewportTarget> = $state.raw(new Map());
  /** The part of the network drawing on screen, as it settles after each pan or zoom (what a follower is shown). */
  shown: Extent | null = $state.raw(null);
  /** Per view, the commands sent before it was drawn: the last framing (fit or a slide's extent), then a centring. */
  readonly #waiting = new Map<ViewId, { frame?: Command; centre?: Command }>();

  constructor(private readonly current: () => ViewId) {}

  /** Called by a view once it can obey; returns the call that unregisters it. Waiting commands run now. */
  register(view: ViewId, target: ViewportTarget): () => void {
    // Views register from their effects: reading the targets here must not make those effects depend on them.
    this.#targets = untrack(() => new Map(this.#targets)).set(view, target);
    const waiting = this.#waiting.get(view);
    this.#waiting.delete(view);
    waiting?.frame?.(target);
    waiting?.centre?.(target);
    return () => {
      const next = untrack(() => new Map(this.#targets));
      if (next.get(view) !== target) return;
      next.delete(view);
      this.#targets = next;
    };
  }

  /** Whether the view shown now can be zoomed (its zoom buttons and keys are offered). */
  get zoomable(): boolean {
    return this.#targets.has(this.current());
  }

  zoom(step: 1 | -1): void {
    this.#targets.get(this.current())?.zoom(step);
  }

  fit(view: ViewId = this.current()): void {
    this.#frame(view, (target) => target.fit());
  }

  /** Shows a part of the network drawing (a slide's camera); views without a camera fit everything instead. */
  show(extent: Extent, view: ViewId = this.current()): void {
    this.#frame(view, (target) => (target.show ? target.show(extent) : target.fit()));
  }

  /** Centres the network drawing on an actor, now or when it is next drawn. */
  centreOn(actorId: string): void {
    const command: Command = (target) => target.centreOn?.(actorId);
    const target = this.#targets.get('network');
    if (target) command(target);
    else this.#waiting.set('network', { ...this.#waiting.get('network'), centre: command });
  }

  /** The network drawing tells where it was moved to (a pan or zoom settled). */
  moved(extent: Extent): void {
    const now = this.shown;
    const close = (a: number, b: number) => Math.abs(a - b) < 0.5;
    if (now && close(now.x1, extent.x1) && close(now.y1, extent.y1) && close(now.x2, extent.x2) && close(now.y2, extent.y2)) return;
    this.shown = extent;
  }

  /** The part of the network drawing on screen, for a slide; null when it is not drawn. */
  extent(): Extent | null {
    return this.#targets.get('network')?.extent?.() ?? null;
  }

  #frame(view: ViewId, command: Command): void {
    const target = this.#targets.get(view);
    if (target) command(target);
    else this.#waiting.set(view, { ...this.#waiting.get(view), frame: command });
  }
}
