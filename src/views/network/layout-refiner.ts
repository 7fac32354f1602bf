/**
 * The layout worker's supervisor: one refinement at a time. A newer one, or
 * cancel(), stops the worker (the next run starts a new one) and answers the
 * refinement it was running with null.
 */
import type { Core } from 'cytoscape';
import type { LayoutInput, LayoutOutput } from './large-layout';
import type { LayoutResponse } from './layout.worker';

/** The drawing as the worker takes it: actors in `cy.nodes()` order, their radii, the pinned ones, the ties. */
export function drawingInput(cy: Core, pinned: ReadonlySet<string>): LayoutInput {
  const nodes = cy.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => void index.set(node.id(), i));
  const edges = cy.edges();
  return {
    x: Float64Array.from(nodes.map((node) => node.position().x)),
    y: Float64Array.from(nodes.map((node) => node.position().y)),
    radius: Float64Array.from(nodes.map((node) => Math.max(node.width(), node.height()) / 2)),
    fixed: Uint8Array.from(nodes.map((node) => (pinned.has(node.id()) ? 1 : 0))),
    sources: Uint32Array.from(edges.map((edge) => index.get(edge.source().id())!)),
    targets: Uint32Array.from(edges.map((edge) => index.get(edge.target().id())!)),
  };
}

export class LayoutRefiner {
  #worker: Worker | null = null;
  #settle: ((result: LayoutOutput | null) => void) | null = null;

  constructor(
    private readonly createWorker: () => Worker = () =>
      new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'puentes-layout' }),
  ) {}

  /** The refined positions, or null when stopped first (or the worker failed). */
  run(input: LayoutInput, onProgress: (done: number, total: number) => void): Promise<LayoutOutput | null> {
    this.cancel();
    const worker = (this.#worker = this.createWorker());
    return new Promise((resolve) => {
      this.#settle = resolve;
      worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
        const message = event.data;
        if (message.type === 'progress') return onProgress(message.done, message.total);
        this.#finish({ x: message.x, y: message.y });
      };
      worker.onerror = (event) => {
        console.warn('Puentes: the drawing could not be refined.', event.message);
        this.cancel();
      };
      worker.postMessage(input, [
        input.x.buffer,
        input.y.buffer,
        input.radius.buffer,
        input.fixed.buffer,
        input.sources.buffer,
        input.targets.buffer,
      ]);
    });
  }

  /** Stops the refinement running, if any; its promise answers null. */
  cancel(): void {
    this.#finish(null);
  }

  #finish(result: LayoutOutput | null): void {
    this.#worker?.terminate();
    this.#worker = null;
    const settle = this.#settle;
    this.#settle = null;
    settle?.(result);
  }
}
