/**
 * The network drawing's layouts (NetworkDrawing.svelte): the one chosen, run on Cytoscape; a large network's quick
 * force drawing refined in a worker; and where the layout is, which the canvas says.
 */
import type { Core } from 'cytoscape';
import type { LayoutId, Position } from '../../state/view.svelte';
import type { DrawingLabels } from './drawing-labels.svelte';
import type { GroupAnchor } from './grouped-layout';
import { LayoutRefiner, drawingInput } from './layout-refiner';
import { fitActors, labelRoom, runLayout, type LayoutContext } from './layouts';
import { withSeededRandom } from './seeded-random';

/** Where every actor is drawn, by id. */
export function allPositions(instance: Core): Record<string, Position> {
  const positions: Record<string, Position> = {};
  instance.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  return positions;
}

/** What the layouts read from the drawing's props, when they run. */
export interface LayoutInputs {
  layout(): LayoutId;
  /** The network, its saved positions, the pinned actors, the concentric measure, the labels' size. */
  context(): Omit<LayoutContext, 'animate' | 'refine'>;
  /** Told where every actor is once a layout or a refinement has placed them. */
  onpositions(positions: Record<string, Position>): void;
}

export class DrawingLayout {
  /**
   * Where the drawing's layout is (`data-layout` on the canvas, which the browser tests wait on): `running` while a
   * layout moves the actors (or fCoSE loads to run one) and while a large network's drawing is refined; then `done`,
   * or `stopped` once a refinement the user stopped has ended without moving anything.
   */
  status: 'running' | 'done' | 'stopped' = $state('done');
  /** The column headings of a grouped layout (none for the others). */
  anchors: GroupAnchor[] = $state.raw([]);
  /**
   * A large network's quick force drawing, refined in a worker (large-layout.ts) while the quick one is shown with
   * the refinement's progress; the user may stop it and keep the quick one. Actors the user drags meanwhile stay
   * where they are put.
   */
  refining: { actors: number; done: number; total: number } | null = $state(null);
  #refiner: LayoutRefiner | null = null;
  readonly #movedWhileRefining = new Set<string>();
  #stoppedByUser = false;
  /** Cytoscape layouts started and not yet stopped, and whether one is yet to start (fCoSE loading). */
  #running = 0;
  #toStart = false;

  constructor(
    private readonly inputs: LayoutInputs,
    private readonly labels: DrawingLabels,
  ) {}

  /** Follows the layouts Cytoscape runs on `instance`: where every actor is once one stops is reported. */
  listen(instance: Core): void {
    instance.on('layoutstart', () => {
      this.#running++;
      this.#toStart = false;
      this.#note();
    });
    instance.on('layoutstop', () => {
      this.#running = Math.max(0, this.#running - 1);
      this.#note();
      this.inputs.onpositions(allPositions(instance));
    });
  }

  /** Runs the layout chosen, stopping any refinement. */
  layOut(instance: Core, animate: boolean): void {
    this.stopRefining();
    this.#toStart = this.inputs.layout() === 'force';
    this.anchors = withSeededRandom(2010, () =>
      runLayout(instance, this.inputs.layout(), { ...this.inputs.context(), animate, refine: () => this.#refine(instance) }),
    );
    this.#note();
  }

  /** The user dragged an actor: a refinement running leaves it where it was put. */
  moved(id: string): void {
    if (this.refining) this.#movedWhileRefining.add(id);
  }

  stopRefining(byUser = false): void {
    this.#stoppedByUser = byUser;
    this.#refiner?.cancel();
    this.refining = null;
    this.#note();
  }

  #note(): void {
    if (this.#toStart || this.#running > 0 || this.refining) this.status = 'running';
    else if (this.status === 'running') this.status = 'done';
  }

  #refine(instance: Core): void {
    this.#refiner ??= new LayoutRefiner();
    const nodes = instance.nodes();
    const input = drawingInput(instance, this.inputs.context().pinned);
    this.#movedWhileRefining.clear();
    this.refining = { actors: nodes.length, done: 0, total: 1 };
    this.#note();
    void this.#refiner
      .run(input, (done, total) => {
        if (this.refining) this.refining = { ...this.refining, done, total };
      })
      .then((result) => {
        if (instance.destroyed()) return;
        if (!result) {
          // The worker is gone: nothing will move the quick drawing now.
          if (this.#stoppedByUser) this.status = 'stopped';
          return;
        }
        this.refining = null;
        instance.batch(() => {
          nodes.forEach((node, i) => {
            if (!node.removed() && !this.#movedWhileRefining.has(node.id())) node.position({ x: result.x[i]!, y: result.y[i]! });
          });
        });
        fitActors(instance, 30, labelRoom(this.inputs.context().labelPx));
        this.inputs.onpositions(allPositions(instance));
        this.labels.schedule(instance);
        this.#note();
      });
  }
}
