/**
 * The layouts a user can choose, as a registry: each turns the network and
 * the view's choices into Cytoscape layout options for the actors it may
 * move. Actors placed by hand (pinned) are never moved; "saved" puts every
 * actor back where the scenario last had it.
 */
import cytoscape, { type Core, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { Network } from '../../model/types';
import { PILLARS, pillarOf } from '../../model/vocabularies';
import type { ConcentricBy, LayoutId, Position } from '../../state/view.svelte';
import { groupedPositions, type GroupAnchor } from './grouped-layout';
import type { Box } from './label-placement';
import { withSeededRandom } from './seeded-random';

let fcoseLoaded: Promise<void> | null = null;
/**
 * fCoSE (and the layout libraries under it) load on the first force layout:
 * a sample or a scenario opened at its saved positions needs none, so its
 * first draw does not wait for them.
 */
function loadFcose(): Promise<void> {
  fcoseLoaded ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
  });
  return fcoseLoaded;
}

export interface LayoutContext {
  network: Network;
  positions: Record<string, Position>;
  pinned: ReadonlySet<string>;
  concentricBy: ConcentricBy;
  animate: boolean;
  /** The labels' size on screen, in pixels (room is kept for them when a large network is fitted). */
  labelPx: number;
  /** Called once a large network's quick force drawing is placed, to refine it (large-layout.ts). */
  refine?: () => void;
}

/** Above this many actors, layouts take their quick path. */
export const LARGE_NETWORK = 400;

const ANIMATION = { animationDuration: 450, animationEasing: 'ease-in-out-cubic' } as const;

function preset(positions: Record<string, Position>, context: LayoutContext): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
    fit: true,
    padding: 30,
    animate: context.animate,
    ...ANIMATION,
  } as LayoutOptions;
}

const samePlace = (a: Position, b: Position | undefined) => b !== undefined && a.x === b.x && a.y === b.y;

/**
 * Room kept around a large network's actors when it is fitted, for a label below an actor at `px` pixels (its labels
 * scale with the drawing: at 11 px, at most 110 units wide and two or three lines), as Cytoscape's fit kept for the
 * labels it measured.
 */
export const labelRoom = (px: number) => (60 * px) / 11;

/**
 * The zoom and pan that show `box` (in the drawing's units) centred in a `width` × `height` view, `padding` pixels inside its edges, the zoom
 * kept within `range`.
 */
export function viewportFor(
  box: Box,
  width: number,
  height: number,
  padding: number,
  range: { min: number; max: number },
): { zoom: number; pan: { x: number; y: number } } {
  const fit = Math.min((width - 2 * padding) / Math.max(1, box.x2 - box.x1), (height - 2 * padding) / Math.max(1, box.y2 - box.y1));
  const zoom = Math.min(range.max, Math.max(range.min, fit));
  return { zoom, pan: { x: width / 2 - ((box.x1 + box.x2) / 2) * zoom, y: height / 2 - ((box.y1 + box.y2) / 2) * zoom } };
}

/**
 * Fits the actors into the view from their positions and sizes alone, with `room` (in the drawing's units) around
 * them for the labels placed after. Cytoscape's own fit measures every element (labels and ties included) first: at
 * 2,000 actors ~100 ms more before the first frame.
 */
export function fitActors(cy: Core, padding: number, room: number): void {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    const w = node.width() / 2 + room,
      h = node.height() / 2 + room;
    box.x1 = Math.min(box.x1, x - w);
    box.y1 = Math.min(box.y1, y - h);
    box.x2 = Math.max(box.x2, x + w);
    box.y2 = Math.max(box.y2, y + h);
  });
  if (!Number.isFinite(box.x1)) return;
  cy.viewport(viewportFor(box, cy.width(), cy.height(), padding, { min: cy.minZoom(), max: cy.maxZoom() }));
}

/**
 * Runs the layout `id` on `cy`: the movable actors are those not pinned.
 * Returns the column headings of a grouped layout (none for the others).
 */
export function runLayout(cy: Core, id: LayoutId, context: LayoutContext): GroupAnchor[] {
  const movable = cy.nodes().filter((node) => !context.pinned.has(node.id()));
  switch (id) {
    case 'force': {
      // fCoSE's refinement grows fast with size: above a few hundred actors only its quick spectral pass runs,
      // so the page is never frozen by a layout (a 2,000-actor map otherwise takes minutes); context.refine
      // then spreads it out in a worker.
      const large = cy.nodes().length > LARGE_NETWORK;
      const fixed = cy
        .nodes()
        .filter((node) => context.pinned.has(node.id()))
        .map((node) => ({ nodeId: node.id(), position: { ...(node as NodeSingular).position() } }));
      const options = {
        name: 'fcose',
        quality: large ? 'draft' : 'proof',
        randomize: true,
        animate: context.animate && !large,
        ...ANIMATION,
        nodeDimensionsIncludeLabels: !large,
        // A large network's quick drawing is fitted from its actors' places (Cytoscape's fit measures every label
        // and tie first).
        fit: !large,
        idealEdgeLength: () => 75,
        nodeRepulsion: () => 6500,
        padding: 30,
        ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
      } as LayoutOptions;
      // Seeded where it runs (once fCoSE has loaded), so the same network gets the same drawing.
      void loadFcose().then(() => {
        if (cy.destroyed()) return;
        withSeededRandom(2010, () => cy.layout(options).run());
        // The quick pass leaves a large network's actors heaped on one another: it is refined in a worker, then.
        if (large) {
          fitActors(cy, 30, labelRoom(context.labelPx));
          context.refine?.();
        }
      });
      return [];
    }
    case 'concentric': {
      const key = context.concentricBy;
      movable
        .layout({
          name: 'concentric',
          concentric: (node: NodeSingular) =>
            Number(key === 'degree' ? node.data('degree') : (context.network.actors.find((a) => a.id === node.id())?.[key] ?? -1)),
          levelWidth: () => 1,
          minNodeSpacing: 28,
          fit: true,
          padding: 30,
          animate: context.animate,
          ...ANIMATION,
        } as LayoutOptions)
        .run();
      return [];
    }
    case 'pillar':
    case 'region': {
      const actors = new Map(context.network.actors.map((a) => [a.id, a]));
      const groupOf =
        id === 'pillar'
          ? (node: string) => pillarOf(actors.get(node)?.sector ?? 'platform')
          : (node: string) => actors.get(node)?.region ?? '~';
      const ids = movable.map((n) => n.id());
      // Regions in code order (Peru's first), actors without a region last.
      const regions = [...new Set(ids.map(groupOf))].sort((a, b) => (a === '~' ? 1 : b === '~' ? -1 : a.localeCompare(b)));
      const { positions, anchors } = groupedPositions(ids, groupOf, id === 'pillar' ? PILLARS : regions);
      movable.layout(preset(positions, context)).run();
      return anchors;
    }
    case 'saved':
      // A large network just opened is drawn at its saved places already: only the view is fitted to them.
      if (
        !context.animate &&
        movable.length > LARGE_NETWORK &&
        movable.every((node) => samePlace((node as NodeSingular).position(), context.positions[(node as NodeSingular).id()]))
      ) {
        fitActors(cy, 30, labelRoom(context.labelPx));
        return [];
      }
      movable.layout(preset(context.positions, context)).run();
      return [];
  }
}
