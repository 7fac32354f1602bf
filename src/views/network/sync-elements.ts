/**
 * Brings the elements Cytoscape draws to those of the network (elements.ts), for NetworkDrawing.svelte: a network
 * just opened is drawn from an empty canvas; an edit only adds, removes or updates what it changed.
 */
import type { Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import type { Position } from '../../state/view.svelte';
import { measureNow, sortNow } from './renderer-options';

/**
 * Data an element has only while it applies (its community, a tie's parallel, the informants' agreement, the
 * records' colours): when an element no longer gives it, the drawn one must lose it, else its old style stays.
 */
const OPTIONAL_DATA: ReadonlySet<string> = new Set([
  'community',
  'parallel',
  'agreement',
  'towersDiffer',
  'engagedMonths',
  'openCommitments',
  'overdue',
]);
export interface SyncOptions {
  /** Where actors were last drawn (saved with the scenario), by id. */
  positions: Record<string, Position>;
  /** A network just opened, on an empty canvas: nothing is drawn yet, and actors with no saved place are laid out. */
  fresh: boolean;
  /** A large network: the labels of new actors are left to the placing of labels. */
  large: boolean;
  /** A network just opened: its ties are left out and returned, to be added in steps (addInSteps). */
  holdTies?: boolean;
}

/** Brings what is drawn to `elements`; returns the ties held back (`holdTies`), none otherwise. */
export function syncElements(
  instance: Core,
  elements: ElementDefinition[],
  { positions, fresh, large, holdTies = false }: SyncOptions,
): ElementDefinition[] {
  const held: ElementDefinition[] = [];
  instance.batch(() => {
    const wanted = new Set(elements.map((e) => e.data.id as string));
    if (!fresh)
      instance
        .elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
    const extent = instance.extent();
    // What is drawn already, by id (one lookup each, rather than a collection per element).
    const drawn = new Map<string, SingularElementReturnValue>();
    if (!fresh) instance.elements().forEach((e) => void drawn.set(e.id(), e));
    const added: ElementDefinition[] = [];
    for (const element of elements) {
      const existing = drawn.get(element.data.id as string);
      if (existing) {
        // Only what changed is written: setting the same data again would restyle every element after each edit.
        const current = existing.data() as Record<string, unknown>;
        const stale = Object.keys(current).filter((key) => (OPTIONAL_DATA.has(key) || key.startsWith('m_')) && !(key in element.data));
        if (stale.length > 0) existing.removeData(stale.join(' '));
        const changed = Object.entries(element.data).filter(([key, value]) => current[key] !== value);
        if (changed.length > 0) existing.data(Object.fromEntries(changed));
      } else if (element.group === 'nodes') {
        // A new actor appears near the middle of what is on screen, or where it was last drawn.
        const saved = positions[element.data.id as string];
        const position = saved ?? {
          x: (extent.x1 + extent.x2) / 2 + (Math.random() - 0.5) * extent.w * 0.2,
          y: (extent.y1 + extent.y2) / 2 + (Math.random() - 0.5) * extent.h * 0.2,
        };
        // On a large network a new actor's label waits for the placing of labels (once the drawing is still) to
        // find it room: drawn at once, every label of a network just opened would be drawn over the others (and
        // cost its first frame their drawing), then most hidden again.
        // An actor added to the network drawn (not one drawn as it opens) is `recent`: its label is always drawn.
        const classes = [fresh ? '' : 'recent', large ? 'label-hidden' : ''].filter(Boolean).join(' ');
        added.push({ ...element, position, ...(classes ? { classes } : {}) });
      } else {
        (fresh && holdTies ? held : added).push(element);
      }
    }
    // All new elements in one call (nodes before the ties that join them).
    if (added.length > 0) instance.add(added);
    // Actors with no saved place start on a circle rather than in a heap at (0, 0), so no tie is ever computed
    // between overlapping actors; those with one (a sample's or a scenario's drawing) stay there.
    if (fresh) {
      const unplaced = instance.nodes().filter((node) => !positions[node.id()]);
      if (unplaced.nonempty()) unplaced.layout({ name: 'circle', animate: false, fit: false }).run();
    }
  });
  return held;
}

/** A network just opened with more ties than this gets them in steps (addInSteps). */
export const TIES_PER_STEP = 300;

/** How many ties are added at a time within a step, and how long a step goes on adding them (ms). */
const TIES_AT_A_TIME = 50;
const STEP_MS = 40;

/**
 * Adds the ties of a network just opened in steps, one task each, after the steps `before` (its layout, its labels),
 * so that opening one with thousands of ties holds the page for no long stretch: a step adds TIES_AT_A_TIME at a time
 * until STEP_MS have gone (fewer steps on a fast computer, more on a slow one). What a step adds is styled and measured
 * in it (a tie's ends, a label's place), rather than all of it in the first frame drawn. Nothing is drawn meanwhile: a
 * Cytoscape batch stays open between the steps (its renderer skips every frame), so the first frame drawn is of the
 * whole network. `done` is called once all are in and the batch is closed. Returns the call that stops before then
 * (closing the batch): what is left is not added.
 */
export function addInSteps(instance: Core, ties: ElementDefinition[], before: (() => void)[], done: () => void): () => void {
  const steps = [...before];
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (instance.destroyed()) return;
    // Out of the batch for the step, so what it adds is styled as it is added (in a batch, all would be at its end).
    instance.endBatch();
    const start = performance.now();
    const step = steps.shift();
    if (step) step();
    else
      do {
        instance.add(ties.slice(next, (next += TIES_AT_A_TIME))).boundingBox();
        measureNow(instance);
      } while (next < ties.length && performance.now() - start < STEP_MS);
    measureNow(instance);
    if (steps.length > 0 || next < ties.length) {
      instance.startBatch();
      timer = setTimeout(run, 0);
    } else {
      timer = undefined;
      sortNow(instance);
      done();
    }
  };
  instance.startBatch();
  timer = setTimeout(run, 0);
  return () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    if (!instance.destroyed()) instance.endBatch();
  };
}
