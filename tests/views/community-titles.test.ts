import { describe, expect, it } from 'vitest';
import { placeTitles, type TitledMark } from '../../src/views/network/community-titles';

// At scale 1 (a pixel per unit) titles sit 3 below their bubble, and keep 1 clear all round (2 between two titles).
const mark = (number: number, x: number, y: number, r: number, members: number, width = 40, height = 10): TitledMark => ({
  number,
  x,
  y,
  r,
  members,
  width,
  height,
});
const view = { x1: -500, y1: -500, x2: 500, y2: 500 };

describe('placeTitles(marks, scale, view)', () => {
  it('puts a lone title centred under its bubble, 3 px below it', () => {
    // Bubble at (0, 0), radius 20: the 40 × 10 title spans x −20..20, y 23..33.
    expect(placeTitles([mark(1, 0, 0, 20, 50)], 1, view).get(1)).toEqual({ box: { x1: -20, y1: 23, x2: 20, y2: 33 }, leader: null });
  });

  it('sizes titles for the screen: at half a pixel per unit a title takes twice the units', () => {
    // 40 × 10 px at scale 0.5 is 80 × 20 units, 6 units (3 px) under the bubble: x −40..40, y 26..46.
    expect(placeTitles([mark(1, 0, 0, 20, 50)], 0.5, view).get(1)!.box).toEqual({ x1: -40, y1: 26, x2: 40, y2: 46 });
  });

  it('moves the smaller community’s title above its bubble when the larger one’s title takes the room below', () => {
    // Two bubbles of radius 20 side by side, centres 30 apart (x 0 and 30): titles below would span x −20..20 and
    // 10..50, y 23..33, overlapping. The larger (community 1, 50 members) keeps below; community 2 goes above its
    // bubble: y −33..−23, x 10..50.
    const titles = placeTitles([mark(1, 0, 0, 20, 50), mark(2, 30, 0, 20, 40)], 1, view);
    expect(titles.get(1)!.box).toEqual({ x1: -20, y1: 23, x2: 20, y2: 33 });
    expect(titles.get(2)!.box).toEqual({ x1: 10, y1: -33, x2: 50, y2: -23 });
  });

  it('lets a title cover a neighbour’s rim but not its core; a small community with no room has none', () => {
    // Bubble 1 at (0, 0), r 20. Bubble 3 (r 30, centre (0, 55)) sits just below it: its core, the square inside it,
    // spans x ±21.2, y 55 ± 21.2 = 33.8..76.2. 1's title below (y 23..33, kept 1 clear: 22..34) would reach into it,
    // so it goes above, y −33..−23.
    const titles = placeTitles([mark(1, 0, 0, 20, 50), mark(3, 0, 55, 30, 10)], 1, view);
    expect(titles.get(1)!.box).toEqual({ x1: -20, y1: -33, x2: 20, y2: -23 });
    // Bubble 3 five further down (centre (0, 60), its circle from y 30, its core from 38.8): 1's title below
    // (y 23..33) covers 3's rim only, and stays there.
    const rim = placeTitles([mark(1, 0, 0, 20, 50), mark(3, 0, 60, 30, 10)], 1, view);
    expect(rim.get(1)!.box).toEqual({ x1: -20, y1: 23, x2: 20, y2: 33 });
    // In a view of 40 × 40 round bubble 3 (r 30) no place beside it is inside the view; as one of the ten largest it
    // may move, but no spot inside the view is clear of its own bubble: it has no title.
    expect(placeTitles([mark(3, 0, 0, 30, 10)], 1, { x1: -20, y1: -20, x2: 20, y2: 20 }).has(3)).toBe(false);
  });

  it('moves one of the ten largest communities’ titles clear of a crowd, with a leader line from its rim', () => {
    // Bubble 1 (r 10 at the origin) is boxed in by four small bubbles (r 9.9, under NUMBERED: obstacles whole) 20 away
    // on each side; the one above spans y −29.9..−10.1. Its 40 × 10 title is tried centred on a grid of steps of 10
    // across and 5 up and down round the bubble's centre, nearest first. Centred 35 above (y −40..−30, kept 1 clear:
    // −41..−29) it would touch the bubble above; every spot nearer is blocked too (e.g. (20, −30): x 0..40 over it).
    // The first free one is 40 away, straight up (the spots 40 left and right come first, but hit the side bubbles):
    // y −45..−35.
    const ring = [mark(11, 0, -20, 9.9, 1), mark(12, 0, 20, 9.9, 1), mark(13, -20, 0, 9.9, 1), mark(14, 20, 0, 9.9, 1)].map((m) => ({
      ...m,
      width: 0,
      height: 0,
    }));
    const title = placeTitles([mark(1, 0, 0, 10, 50), ...ring], 1, view).get(1)!;
    expect(title.box).toEqual({ x1: -20, y1: -45, x2: 20, y2: -35 });
    // The leader runs from the bubble's rim (0, −10) straight up to the title's nearest edge (0, −35).
    expect(title.leader).toEqual({ x1: 0, y1: -10, x2: 0, y2: -35 });
  });
});
