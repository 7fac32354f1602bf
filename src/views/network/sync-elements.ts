/**
 * Brings the elements Cytoscape draws to those of the network (elements.ts), for NetworkDrawing.svelte: a network
 * just opened is drawn from an empty canvas; an edit only adds, removes or updates what it changed.
 */
import type { Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import type { Position } from '../../state/view.svelte';

export interface SyncOptions {
  /** Where actors were last drawn (saved with the scenario), by id. */
  positions: Record<string, Position>;
  /** A network just opened, on an empty canvas: nothing is drawn yet, and actors with no saved place are laid out. */
  fresh: boolean;
  /** A large network: the labels of new actors are left to the placing of labels. */
  large: boolean;
}

export function syncElements(instance: Core, elements: ElementDefinition[], { positions, fresh, large }: SyncOptions): void {
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
        const stale = Object.keys(current).filter((key) => (key === 'community' || key.startsWith('m_')) && !(key in element.data));
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
        added.push(element);
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
}
