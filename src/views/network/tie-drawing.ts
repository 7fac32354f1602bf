/**
 * Drawing a tie on the network's canvas (cytoscape-edgehandles), for NetworkDrawing.svelte: from one actor to
 * another, told to the caller rather than kept in the drawing. The plug-in loads the first time tie drawing is
 * turned on: the first drawing does not need it.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';

let edgehandlesLoaded: Promise<void> | null = null;
const loadEdgehandles = () =>
  (edgehandlesLoaded ??= import('cytoscape-edgehandles').then(({ default: edgehandles }) => cytoscape.use(edgehandles)));

interface Handles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

export class TieDrawing {
  #handles: Handles | null = null;

  /** `ondrawtie` is told each tie drawn, from its source actor to its target. */
  constructor(private readonly ondrawtie: (source: string, target: string) => void) {}

  /** Turns tie drawing on `instance` on or off; `wanted` says, once the plug-in has loaded, whether it still should be on. */
  turn(instance: Core, on: boolean, wanted: () => boolean): void {
    if (on && !this.#handles) {
      void this.#start(instance).then(() => {
        if (wanted()) this.#handles?.enableDrawMode();
      });
      return;
    }
    if (on) this.#handles?.enableDrawMode();
    else this.#handles?.disableDrawMode();
  }

  destroy(): void {
    this.#handles?.destroy();
    this.#handles = null;
  }

  /** Tie drawing on the canvas, set up the first time it is turned on. */
  async #start(instance: Core): Promise<void> {
    await loadEdgehandles();
    if (instance.destroyed() || this.#handles) return;
    this.#handles = (instance as unknown as { edgehandles(options: object): Handles }).edgehandles({
      canConnect: (source: NodeSingular, target: NodeSingular) => !source.same(target),
      edgeParams: () => ({ data: { type: 'dialogue' } }),
      // Snap only onto the actor under the pointer, not onto neighbours passed on the way.
      snap: true,
      snapThreshold: 20,
    });
    instance.on('ehcomplete', (_event, source, target, added) => {
      // The tie is added to the model (after the user chooses its type and trust), not kept here.
      (added as EdgeSingular).remove();
      this.ondrawtie((source as NodeSingular).id(), (target as NodeSingular).id());
    });
  }
}
