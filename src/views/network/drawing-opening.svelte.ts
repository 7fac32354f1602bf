/**
 * A network just opened, brought on screen (NetworkDrawing.svelte): laid out, its labels placed, then told on screen
 * once its first frame is drawn. One with many ties gets them in steps (sync-elements' addInSteps), the page never
 * held for long: laid out and labelled on its actors first, unless by force (which follows the ties), and drawn
 * once all are in.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { DrawingLabels } from './drawing-labels.svelte';
import { isLarge } from './drawing-labels.svelte';
import type { DrawingLayout } from './drawing-layout.svelte';
import { addInSteps } from './sync-elements';

export class DrawingOpening {
  /** Whether the network opened last is on screen (`data-drawn` on the canvas): the frame after its first drawing. */
  onScreen = $state(false);
  /** The network opened has been laid out once: the viewport may drive it. */
  laidOut = $state(false);
  #stopSteps: (() => void) | null = null;

  constructor(
    private readonly layout: DrawingLayout,
    private readonly labels: DrawingLabels,
    private readonly ondrawn: () => void,
  ) {}

  /** A network is opened: it is not on screen until shown. */
  opened(): void {
    this.onScreen = false;
  }

  /** Stops adding the ties of the network opened (another opened, an edit, the drawing going); whether some were left. */
  stop(): boolean {
    const building = this.#stopSteps !== null;
    this.#stopSteps?.();
    this.#stopSteps = null;
    return building;
  }

  /** Shows the network opened, all its elements in: laid out, labelled, told on screen after its first frame. */
  show(instance: Core): void {
    this.#layOut(instance);
    this.#label(instance);
    this.#tellDrawn(instance);
  }

  /**
   * Shows the network opened, its `ties` held back: they are added in steps, after its layout and its labels (each
   * a step too: a layout or a labelling once they are in would move the actors or their labels' boxes, so that every
   * tie, measured as it came, would be measured again in the first frame), unless it is laid out by `force`, which
   * follows the ties; then it is laid out and labelled once they are in. `done` once all are in.
   */
  showInSteps(instance: Core, ties: ElementDefinition[], force: boolean, done: () => void): void {
    const before = force ? [] : [() => this.#layOut(instance), () => this.#label(instance)];
    this.#stopSteps = addInSteps(instance, ties, before, () => {
      this.#stopSteps = null;
      if (force) {
        this.#layOut(instance);
        this.#label(instance);
      }
      this.#tellDrawn(instance);
      done();
    });
  }

  #layOut(instance: Core): void {
    this.laidOut = true;
    this.layout.layOut(instance, false);
  }

  /** Labels placed at once, so the first frame drawn is the finished one (not a frame without them, then another). */
  #label(instance: Core): void {
    if (!instance.animated() && !isLarge(instance)) this.labels.placeNow(instance);
  }

  #tellDrawn(instance: Core): void {
    instance.one('render', () =>
      requestAnimationFrame(() => {
        this.onScreen = true;
        this.ondrawn();
      }),
    );
  }
}
