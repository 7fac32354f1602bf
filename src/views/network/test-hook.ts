/**
 * The network drawing as the browser tests read it: one read-only door, `window.__puentesDrawing`, instead of
 * Cytoscape's private `_cyreg`. NetworkView registers its Cytoscape instance here while it is on screen. Every
 * answer is plain data (it crosses to the test runner as JSON), in the canvas's pixels or the drawing's
 * coordinates as each says; nothing here changes the drawing. What the tests wait on (drawn, laid out, labels
 * placed) is said by the canvas's `data-*` attributes, not here.
 */
import type { Core, NodeSingular } from 'cytoscape';

/** A rectangle: on the canvas, in pixels from its top-left corner; or in the drawing's coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An actor drawn: its place in the drawing (what a scenario saves), its centre on the canvas, half its larger side. */
export interface DrawnActor {
  id: string;
  x: number;
  y: number;
  canvasX: number;
  canvasY: number;
  radius: number;
}

export interface DrawingHook {
  /** Whether an actor or tie with this id is drawn (one filtered out is faded or hidden, still drawn). */
  has(id: string): boolean;
  /** One data field of a drawn actor or tie (`label`, `community`, `m_betweenness` …); undefined when not drawn. */
  data(id: string, field: string): unknown;
  /** The classes of a drawn actor or tie (a tie being drawn marks the actor it would end on `eh-target`). */
  classes(id: string): string[];
  /** Every actor drawn. */
  actors(): DrawnActor[];
  /** The ids of the selected actors. */
  selected(): string[];
  /** Whether the view (a fit, a zoom, a centring) or any actor (an animated layout) is moving. */
  animated(): boolean;
  /** The part of the drawing on the canvas, in drawing coordinates. */
  extent(): Box & { w: number; h: number };
  /** The canvas's size as the drawing knows it: it follows the element's once a resize has been noticed. */
  size(): { width: number; height: number };
  /** The box around every actor on the canvas, labels left out. */
  actorsBox(): Box;
  /** Boxes on the canvas of the labels drawn: of actors shown and not faded, whose label had room. */
  labels(): Box[];
  /** The box on the canvas of one actor's label, when it is drawn (shown, not faded, with room); else null. */
  label(id: string): Box | null;
}

declare global {
  interface Window {
    /** The network drawing, read-only, for the browser tests (src/views/network/test-hook.ts). */
    __puentesDrawing?: DrawingHook;
  }
}

const box = ({ x1, y1, x2, y2 }: Box): Box => ({ x1, y1, x2, y2 });

function hookFor(cy: Core): DrawingHook {
  const labelled = (node: NodeSingular) =>
    !node.hasClass('hidden') && !node.hasClass('faded') && !node.hasClass('label-hidden') && !!node.data('label');
  const labelBox = (node: NodeSingular) => box(node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
  return {
    has: (id) => cy.getElementById(id).nonempty(),
    data: (id, field) => {
      const element = cy.getElementById(id);
      return element.nonempty() ? element.data(field) : undefined;
    },
    classes: (id) => {
      const element = cy.getElementById(id);
      return element.nonempty() ? element.classes() : [];
    },
    actors: () =>
      cy.nodes().map((node) => {
        const { x, y } = node.position();
        const rendered = node.renderedPosition();
        return { id: node.id(), x, y, canvasX: rendered.x, canvasY: rendered.y, radius: Math.max(node.width(), node.height()) / 2 };
      }),
    selected: () => cy.nodes(':selected').map((node) => node.id()),
    animated: () => cy.animated() || cy.elements(':animated').nonempty(),
    extent: () => {
      const { x1, y1, x2, y2, w, h } = cy.extent();
      return { x1, y1, x2, y2, w, h };
    },
    size: () => ({ width: cy.width(), height: cy.height() }),
    actorsBox: () => box(cy.nodes().renderedBoundingBox({ includeLabels: false, includeOverlays: false })),
    labels: () => cy.nodes().filter(labelled).map(labelBox),
    label: (id) => {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() && labelled(node) ? labelBox(node) : null;
    },
  };
}

/** Exposes the drawing to the browser tests until the returned function is called (when the view is destroyed). */
export function exposeDrawing(cy: Core): () => void {
  const hook = hookFor(cy);
  window.__puentesDrawing = hook;
  return () => {
    if (window.__puentesDrawing === hook) delete window.__puentesDrawing;
  };
}
