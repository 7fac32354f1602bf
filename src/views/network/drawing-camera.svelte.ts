/**
 * The network drawing's camera (NetworkDrawing.svelte): the session's viewport commands (fit, a slide's part of the
 * drawing, zoom steps, centre on an actor) carried out on Cytoscape, and the framing held while the canvas changes
 * size.
 */
import type { AnimateOptions, Core } from 'cytoscape';
import type { Visible } from '../../model/filter';
import type { FilterMode } from '../../state/view.svelte';
import type { ViewportTarget } from '../../state/viewport.svelte';
import { viewportFor } from './layouts';

/** How far the drawing may be zoomed out and in. */
export const ZOOM_RANGE = { min: 0.15, max: 4 } as const;

/** What a fit frames: the elements shown, as the filters say. */
export interface Shown {
  visible(): Visible;
  filterMode(): FilterMode;
}

/** A framing asked for: what it animates to, and where its animation left the view (null while it runs). */
interface Framing {
  target: () => AnimateOptions;
  at: { zoom: number; x: number; y: number } | null;
}

export class DrawingCamera {
  /** Framings finished (`data-framed` on the canvas, which the browser tests wait on). */
  framed = $state(0);
  /**
   * The last fit or part of the drawing asked for (a slide's) holds while the canvas changes size, as when a
   * presentation starts (full screen entered, the chrome hidden), until the view is moved otherwise: after a resize
   * it is animated to again, for the new size. A new one takes over from the one running.
   */
  #held: Framing | null = null;
  /** Where the zoom steps are going (the level of the last one asked for). */
  #zoomTarget: number | null = null;

  /** After a resize: the framing held, animated to again for the new size, unless the user has moved the view since. */
  reframe(instance: Core): void {
    const at = this.#held?.at;
    const moved =
      at &&
      (Math.abs(at.zoom - instance.zoom()) > 1e-9 || Math.abs(at.x - instance.pan().x) > 0.5 || Math.abs(at.y - instance.pan().y) > 0.5);
    if (!this.#held || moved) {
      this.#held = null;
      return;
    }
    this.#frame(instance, this.#held.target);
  }

  /** The viewport target that `instance` registers with the session's viewport. */
  target(instance: Core, shown: Shown): ViewportTarget {
    return {
      fit: () => {
        // What is shown, from the filters themselves: their classes may be applied after this (a slide changes both).
        const { actors, ties } = shown.visible();
        const hiding = shown.filterMode() === 'hide';
        this.#frame(instance, () => {
          const elements = hiding
            ? instance.elements().filter((e) => (e.isNode() ? actors.has(e.id()) : ties.has(e.id())))
            : instance.elements();
          return { fit: { eles: elements.nonempty() ? elements : instance.elements(), padding: 40 } };
        });
      },
      show: (extent) =>
        this.#frame(instance, () =>
          viewportFor(extent, instance.width(), instance.height(), 0, { min: instance.minZoom(), max: instance.maxZoom() }),
        ),
      zoom: (step) => {
        this.#held = null;
        // Quick presses add up: each step starts from where the last one was going, not from mid-animation.
        const base = instance.animated() && this.#zoomTarget !== null ? this.#zoomTarget : instance.zoom();
        const level = Math.min(instance.maxZoom(), Math.max(instance.minZoom(), base * (step > 0 ? 1.25 : 0.8)));
        this.#zoomTarget = level;
        instance.stop(true, false);
        instance.animate({ zoom: { level, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } } }, { duration: 200 });
      },
      centreOn: (id) => {
        const node = instance.getElementById(id);
        if (node.empty()) return;
        this.#held = null;
        instance.animate({ center: { eles: node }, zoom: Math.max(instance.zoom(), 1.1) }, { duration: 400 });
      },
      extent: () => {
        const { x1, y1, x2, y2 } = instance.extent();
        return { x1, y1, x2, y2 };
      },
    };
  }

  #frame(instance: Core, target: () => AnimateOptions): void {
    const framing: Framing = { target, at: null };
    this.#held = framing;
    instance.stop(true, false);
    instance.animate(target(), {
      duration: 300,
      complete: () => {
        framing.at = { zoom: instance.zoom(), ...instance.pan() };
        this.framed++;
      },
    });
  }
}
