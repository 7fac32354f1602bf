import { describe, expect, it } from 'vitest';
import { belowBox, countOverlaps, labelBoxes, placeLabels, placedBox, type LabelCandidate } from '../../src/views/network/label-placement';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('label placement', () => {
  // a and b sit side by side; their labels (60 wide) would overlap by 20. c is far away. d's node sits under a's label.
  const candidates: LabelCandidate[] = [
    { id: 'a', priority: 2, node: box(0, 0, 10, 10), label: box(-25, 12, 35, 24) },
    { id: 'b', priority: 5, node: box(20, 0, 30, 10), label: box(-5, 12, 55, 24) },
    { id: 'c', priority: 1, node: box(200, 0, 210, 10), label: box(175, 12, 235, 24) },
  ];

  it('keeps the label of higher priority below its actor, and moves the other above its own', () => {
    // b (priority 5) takes its place below; a's label below would overlap it, so a's goes above (free).
    expect(Object.fromEntries(placeLabels(candidates))).toEqual({ b: 'below', a: 'above', c: 'below' });
  });

  it('never lets a label cover another actor, and leaves it out when no place is free', () => {
    // d's shape sits under c's label: c's label goes above instead.
    const withD = [...candidates, { id: 'd', priority: 0, node: box(180, 14, 190, 22), label: null }];
    expect(placeLabels(withD).get('c')).toBe('above');
    // e is boxed in by four actors, one on each side of it: its label has nowhere to go.
    const boxedIn: LabelCandidate[] = [
      { id: 'e', priority: 9, node: box(100, 100, 110, 110), label: box(90, 112, 120, 120) },
      { id: 'n', priority: 0, node: box(95, 85, 115, 97), label: null },
      { id: 's', priority: 0, node: box(95, 111, 115, 125), label: null },
      { id: 'w', priority: 0, node: box(60, 95, 96, 115), label: null },
      { id: 'o', priority: 0, node: box(113, 95, 150, 115), label: null },
    ];
    expect(placeLabels(boxedIn).has('e')).toBe(false);
  });

  it('moves a label that must be drawn clear of the crowd when no place beside its actor is free', () => {
    // e again, boxed in, but always labelled (selected, newly added or among the most connected). Its 30 × 8 label is
    // tried centred on the actor's centre (105, 105) shifted by steps of 7.5 across and 4 up or down, nearest first.
    // The four neighbours cover x 60..150, y 85..125 round it: the nearest free spots are 24 straight up (label
    // y 77..85, touching n's top edge at 85) and 24 straight down (y 125..133); up is tried first. Its box below is
    // centred at y 116, so the label moves by (0, 81 − 116 = −35).
    const boxedIn: LabelCandidate[] = [
      { id: 'e', priority: 9, node: box(100, 100, 110, 110), label: box(90, 112, 120, 120), always: true },
      { id: 'n', priority: 0, node: box(95, 85, 115, 97), label: null },
      { id: 's', priority: 0, node: box(95, 111, 115, 125), label: null },
      { id: 'w', priority: 0, node: box(60, 95, 96, 115), label: null },
      { id: 'o', priority: 0, node: box(113, 95, 150, 115), label: null },
    ];
    expect(placeLabels(boxedIn).get('e')).toEqual({ dx: 0, dy: -35 });
    expect(placedBox(box(90, 112, 120, 120), box(100, 100, 110, 110), { dx: 0, dy: -35 }, 4)).toEqual(box(90, 77, 120, 85));
    // With a view of x 90..120, y 100..125 round it, every 30-wide spot on screen covers w (x ..96) and o (x 113..),
    // or s below: none is free. It is drawn anyway, in its first place whole on screen, below (x 90..120, y 112..120).
    expect(placeLabels(boxedIn, 40, 4, 0, box(90, 100, 120, 125)).get('e')).toBe('below');
    // With its actor off screen (a view of 1 × 1 far from it), no place or spot near it is on screen: it waits,
    // rather than being drawn cut by the edge.
    expect(placeLabels(boxedIn, 40, 4, 0, box(0, 0, 1, 1)).has('e')).toBe(false);
  });

  it('places the labels that must be drawn before any other, whatever their priority', () => {
    // a (priority 2) and b (priority 5) compete for the same room, as in the first case; a must be drawn, so it keeps
    // its place below and b's label goes above.
    const withA = candidates.map((c) => (c.id === 'a' ? { ...c, always: true } : c));
    expect(Object.fromEntries(placeLabels(withA))).toEqual({ a: 'below', b: 'above', c: 'below' });
  });

  it('keeps labels inside the part of the drawing on screen', () => {
    // On screen: x 0..100, y 0..50. f sits near the bottom edge (y 36..40): its 8-high label below (y 44..52) would be
    // cut, so it goes above (y 24..32, the gap of 4 over the actor).
    const view = box(0, 0, 100, 50);
    const f: LabelCandidate = { id: 'f', priority: 1, node: box(50, 36, 60, 40), label: box(40, 44, 70, 52) };
    expect(placeLabels([f], 40, 4, 0, view).get('f')).toBe('above');
    expect(placeLabels([f], 40, 4, 0).get('f')).toBe('below');
    const g: LabelCandidate = { id: 'g', priority: 1, node: box(5, 0, 15, 5), label: box(-20, 9, 40, 15) };
    // g sits in the top-left corner with a 60 × 6 label. Below: x −20..40, cut on the left. Above: y −10..−4. Right:
    // x 19..79, y −0.5..5.5 (centred on the actor's 2.5), cut at the top. Left: x −64..1. No place is whole: left out.
    expect(placeLabels([g], 40, 4, 0, view).has('g')).toBe(false);
    expect(placeLabels([g], 40, 4, 0).get('g')).toBe('below');
  });

  it('puts the other places the gap away from the actor, the label keeping its size', () => {
    // A 30 × 8 label below a 10 × 10 actor at (0, 0).
    expect(labelBoxes(box(-10, 14, 20, 22), box(0, 0, 10, 10), 4)).toEqual({
      below: box(-10, 14, 20, 22),
      above: box(-10, -12, 20, -4),
      right: box(14, 1, 44, 9),
      left: box(-34, 1, -4, 9),
    });
  });

  it('works out the box below the actor from a label drawn in any place (the inverse of the places)', () => {
    // The same 30 × 8 label: above it spans y −12..−4, right of the actor x 14..44; below, it is centred under the
    // actor (x −10..20, the actor's centre being 5) and 4 under it (y 14..22).
    const node = box(0, 0, 10, 10);
    expect(belowBox(box(-10, -12, 20, -4), 'above', node, 4)).toEqual(box(-10, 14, 20, 22));
    expect(belowBox(box(14, 1, 44, 9), 'right', node, 4)).toEqual(box(-10, 14, 20, 22));
    expect(belowBox(box(-34, 1, -4, 9), 'left', node, 4)).toEqual(box(-10, 14, 20, 22));
    expect(belowBox(box(-10, 14, 20, 22), 'below', node, 4)).toEqual(box(-10, 14, 20, 22));
  });

  it('leaves no two shown labels overlapping on a crowded grid of 400 actors', () => {
    const crowd: LabelCandidate[] = Array.from({ length: 400 }, (_, i) => {
      const x = (i % 20) * 25;
      const y = Math.floor(i / 20) * 20;
      return { id: `n${i}`, priority: i % 7, node: box(x, y, x + 8, y + 8), label: box(x - 20, y + 9, x + 28, y + 19) };
    });
    const shown = placeLabels(crowd);
    expect(shown.size).toBeGreaterThan(0);
    const drawn = crowd.filter((c) => shown.has(c.id)).map((c) => placedBox(c.label!, c.node, shown.get(c.id)!, 4));
    expect(countOverlaps(drawn)).toBe(0);
    // Without placement, 380 pairs of neighbours' labels overlap (48-wide labels, 25 apart, on each of 20 rows × 19 gaps).
    expect(countOverlaps(crowd.map((c) => c.label!))).toBe(380);
  });
});
