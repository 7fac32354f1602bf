/**
 * Labels placed on Cytoscape's actors: each measured where it is drawn, the
 * places chosen by `placeLabels` (label-placement.ts, pure), and the classes
 * that put them there changed only where they differ (classes.ts).
 */
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_PLACES, belowBox, placeLabels, type Box, type LabelCandidate, type LabelPlace } from './label-placement';
import { setOneOf } from './classes';

/** A label's classes (stylesheet.ts): hidden for want of room, or drawn somewhere other than below its actor. */
const LABEL_CLASSES = ['label-hidden', 'label-above', 'label-right', 'label-left'];

/**
 * Places the label of every actor shown, `px` pixels high on screen at the current zoom; returns how many are drawn.
 * `fallbackGap`: the stylesheet's gap between actor and label, used when no label is drawn below to measure it on.
 * `keepInside`: only places inside the part of the drawing on screen count as free.
 */
export function placeNodeLabels(instance: Core, px: number, fallbackGap: number, keepInside: boolean): number {
  const zoom = instance.zoom();
  // Each label is measured where it is drawn now and its box below the actor worked out from that (moving every
  // label back below to measure it would restyle them all, and redraw them all, twice).
  const measured: { node: NodeSingular; faded: boolean; box: Box; label: Box; place: LabelPlace }[] = [];
  instance.nodes().forEach((node) => {
    if (node.hasClass('hidden') || !node.data('label')) return;
    measured.push({
      node,
      faded: node.hasClass('faded'),
      box: node.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false }),
      label: node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      place: LABEL_PLACES.find((p) => p !== 'below' && node.hasClass(`label-${p}`)) ?? 'below',
    });
  });
  // The gap Cytoscape leaves between an actor's box and its label's box, the same on every side: measured on the
  // labels drawn below. (A label drawn right or left has a box of a slightly different shape there, so its box below
  // is close, not exact; placing the labels again changes nothing, checked on the samples at two screen sizes.)
  const gaps = measured
    .filter((m) => m.place === 'below')
    .map((m) => m.label.y1 - m.box.y2)
    .sort((a, b) => a - b);
  const gap = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : fallbackGap;
  const candidates: LabelCandidate[] = measured.map(({ node, faded, box, label, place }) => ({
    id: node.id(),
    // Faded context keeps its shape as an obstacle but no label.
    priority: faded ? -1 : (node.selected() ? 1e9 : 0) + node.width() * 1000 + node.degree(false),
    label: faded ? null : belowBox(label, place, box, gap),
    node: box,
  }));
  // Within the part of the drawing on screen: a label past its edge would be cut.
  const { x1, y1, x2, y2 } = instance.extent();
  const shown = placeLabels(candidates, (px * 2.5) / zoom, gap, 2 / zoom, keepInside ? { x1, y1, x2, y2 } : undefined);
  instance.batch(() => {
    instance.nodes().forEach((node) => {
      const place = shown.get(node.id());
      setOneOf(node, LABEL_CLASSES, !place ? 'label-hidden' : place === 'below' ? null : `label-${place}`);
    });
  });
  return shown.size;
}
