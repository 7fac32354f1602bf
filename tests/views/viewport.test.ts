import { describe, expect, it } from 'vitest';
import { viewportFor } from '../../src/views/network/layouts';

describe('viewportFor()', () => {
  it('centres a box in the view, padded, at the zoom of its tighter side', () => {
    // Box 100 × 50 in a 300 × 200 view with 50 px padding: room 200 × 100, so zoom = min(200/100, 100/50) = 2;
    // the box's centre (50, 25) lands on the view's centre (150, 100): pan = (150 − 50·2, 100 − 25·2) = (50, 50).
    expect(viewportFor({ x1: 0, y1: 0, x2: 100, y2: 50 }, 300, 200, 50, { min: 0.1, max: 4 })).toEqual({ zoom: 2, pan: { x: 50, y: 50 } });
    // A wide box: 400 × 10 in the same view, no padding: min(300/400, 200/10) = 0.75; centre (200, 5):
    // pan = (150 − 150, 100 − 3.75) = (0, 96.25).
    expect(viewportFor({ x1: 0, y1: 0, x2: 400, y2: 10 }, 300, 200, 0, { min: 0.1, max: 4 })).toEqual({
      zoom: 0.75,
      pan: { x: 0, y: 96.25 },
    });
  });

  it('keeps the zoom within its range, still centred', () => {
    // A 10 × 10 box around (5, 5) would be zoomed 20×: held at 4, pan = (150 − 20, 100 − 20).
    expect(viewportFor({ x1: 0, y1: 0, x2: 10, y2: 10 }, 300, 200, 0, { min: 0.1, max: 4 })).toEqual({ zoom: 4, pan: { x: 130, y: 80 } });
    // A view with no room (a hidden canvas) gets the smallest zoom, not a negative one.
    expect(viewportFor({ x1: 0, y1: 0, x2: 100, y2: 100 }, 0, 0, 30, { min: 0.15, max: 4 }).zoom).toBe(0.15);
  });
});
