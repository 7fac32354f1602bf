/**
 * Labels placed on Cytoscape's actors: each measured where it is drawn, the
 * places chosen by `placeLabels` (label-placement.ts, pure), and the classes
 * that put them there changed only where they differ (classes.ts).
 */
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_PLACES, belowBox, placeLabels, placedBox, type Box, type LabelCandidate, type LabelPlace } from './label-placement';
import { setOneOf } from './classes';

/** A label's classes (stylesheet.ts): hidden for want of room, drawn somewhere other than below its actor, or moved away. */
const LABEL_CLASSES = ['label-hidden', 'label-above', 'label-right', 'label-left', 'label-moved'];

/** How many of the most connected actors always carry a label, as the selected and the newly added ones do. */
export const MOST_CONNECTED = 5;

/** A line from an actor to its label moved clear of a crowd, in the drawing's coordinates. */
export interface Leader {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where the line from an actor's centre to its label's box leaves the actor's box and meets the label's box. */
function leaderFor(id: string, node: Box, label: Box): Leader {
  const cx = (node.x1 + node.x2) / 2;
  const cy = (node.y1 + node.y2) / 2;
  // The point of the label's box nearest to the actor's centre.
  const x2 = Math.min(Math.max(cx, label.x1), label.x2);
  const y2 = Math.min(Math.max(cy, label.y1), label.y2);
  const length = Math.hypot(x2 - cx, y2 - cy) || 1;
  const r = Math.min(node.x2 - node.x1, node.y2 - node.y1) / 2;
  return { id, x1: cx + ((x2 - cx) * r) / length, y1: cy + ((y2 - cy) * r) / length, x2, y2 };
}

/**
 * Places the label of every actor shown, `px` pixels high on screen at the current zoom; returns how many are drawn,
 * and the leader lines of those moved away from their actor.
 * `margin`: the stylesheet's gap between actor and label (text-margin), also used when no label is drawn below to
 * measure the gap on. `keepInside`: only places inside the part of the drawing on screen count as free.
 * The selected actors, those added since the network was opened (class `recent`) and the MOST_CONNECTED with the most
 * ties always carry a label.
 */
export function placeNodeLabels(instance: Core, px: number, margin: number, keepInside: boolean): { shown: number; leaders: Leader[] } {
  const zoom = instance.zoom();
  // Each label is measured where it is drawn now and its box below the actor worked out from that (moving every
  // label back below to measure it would restyle them all, and redraw them all, twice).
  const measured: { node: NodeSingular; ties: number; faded: boolean; box: Box; label: Box; place: LabelPlace | 'moved' }[] = [];
  instance.nodes().forEach((node) => {
    if (node.hasClass('hidden') || !node.data('label')) return;
    measured.push({
      node,
      // Its ties in the network (elements.ts): Cytoscape's own count, degree(), makes two collections per tie, and
      // asked at each comparison of the sort below took most of a second on 2,101 ties.
      ties: (node.data('degree') as number | undefined) ?? 0,
      faded: node.hasClass('faded'),
      box: node.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false }),
      label: node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      place: node.hasClass('label-moved') ? 'moved' : (LABEL_PLACES.find((p) => p !== 'below' && node.hasClass(`label-${p}`)) ?? 'below'),
    });
  });
  // The gap Cytoscape leaves between an actor's box and its label's box, the same on every side: measured on the
  // labels drawn below. (A label drawn right or left has a box of a slightly different shape there, so its box below
  // is close, not exact; placing the labels again changes nothing, checked on the samples at two screen sizes.)
  const gaps = measured
    .filter((m) => m.place === 'below')
    .map((m) => m.label.y1 - m.box.y2)
    .sort((a, b) => a - b);
  const gap = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : margin;
  const connected = new Set(
    measured
      .filter((m) => !m.faded && m.ties > 0)
      .sort((a, b) => b.ties - a.ties || (a.node.id() < b.node.id() ? -1 : 1))
      .slice(0, MOST_CONNECTED)
      .map((m) => m.node.id()),
  );
  const candidates: LabelCandidate[] = measured.map(({ node, ties, faded, box, label, place }) => ({
    id: node.id(),
    // Faded context keeps its shape as an obstacle but no label.
    priority: faded ? -1 : (node.selected() ? 1e9 : 0) + node.width() * 1000 + ties,
    // A label drawn anywhere but below keeps its size there: its box below is centred under the actor, `gap` away.
    label: faded ? null : belowBox(label, place === 'moved' ? 'above' : place, box, gap),
    node: box,
    always: !faded && (node.selected() || node.hasClass('recent') || connected.has(node.id())),
  }));
  // Within the part of the drawing on screen: a label past its edge would be cut.
  const { x1, y1, x2, y2 } = instance.extent();
  const shown = placeLabels(candidates, (px * 2.5) / zoom, gap, 2 / zoom, keepInside ? { x1, y1, x2, y2 } : undefined);
  const leaders: Leader[] = [];
  instance.batch(() => {
    for (const c of candidates) {
      const node = instance.getElementById(c.id);
      const placement = shown.get(c.id);
      if (placement !== undefined && typeof placement !== 'string') {
        // Moved: the stylesheet draws it where its data says, shifted from its place below the actor.
        const labelDy = margin + placement.dy;
        if (node.data('labelDx') !== placement.dx || node.data('labelDy') !== labelDy) node.data({ labelDx: placement.dx, labelDy });
        leaders.push(leaderFor(c.id, c.node, placedBox(c.label!, c.node, placement, gap)));
      }
    }
    instance.nodes().forEach((node) => {
      const placement = shown.get(node.id());
      const cls =
        placement === undefined
          ? 'label-hidden'
          : typeof placement !== 'string'
            ? 'label-moved'
            : placement === 'below'
              ? null
              : `label-${placement}`;
      setOneOf(node, LABEL_CLASSES, cls);
    });
  });
  return { shown: shown.size, leaders };
}
