import { forceSimulation } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceSpread, type SizedNode } from '../../src/views/network/spread-force';

const mark = (x: number, y: number, r: number): SizedNode => ({ x, y, r, vx: 0, vy: 0 });

/** One step of the force, at alpha 1, on two marks. */
function step(a: SizedNode, b: SizedNode, strength: number, gap: number): void {
  const force = forceSpread<SizedNode>(strength, gap);
  force.initialize([a, b]);
  force(1);
}

describe('forceSpread (the community overview’s layout force)', () => {
  it('pushes two marks apart as forceManyBody does: strength × alpha / distance², along the line between them', () => {
    // a at (0, 0), b at (5, 0), strength −60, alpha 1: w = −60 / 25 = −2.4; a.vx = 5 × −2.4 = −12, b.vx = +12.
    // Radii 1 and no gap: after the push they are 29 apart, far from touching, so no collision step moves them.
    const a = mark(0, 0, 1);
    const b = mark(5, 0, 1);
    step(a, b, -60, 0);
    expect(a.vx).toBeCloseTo(-12, 12);
    expect(b.vx).toBeCloseTo(12, 12);
    expect(a.vy).toBe(0);
    expect(b.vy).toBe(0);
  });

  it('separates two overlapping marks to exactly touching, the two of the same size moving equally', () => {
    // Radius 10 each, 15 apart, no repulsion: overlap 20 − 15 = 5, half each way: a.vx = −2.5, b.vx = +2.5.
    const a = mark(0, 0, 10);
    const b = mark(15, 0, 10);
    step(a, b, 0, 0);
    expect(a.vx).toBeCloseTo(-2.5, 12);
    expect(b.vx).toBeCloseTo(2.5, 12);
  });

  it('moves the smaller of two overlapping marks more (by the square of the other’s radius)', () => {
    // Radii 10 and 20, 20 apart: overlap 30 − 20 = 10. Shares: a gets 20² / (10² + 20²) = 0.8 of it, b 0.2.
    const a = mark(0, 0, 10);
    const b = mark(20, 0, 20);
    step(a, b, 0, 0);
    expect(a.vx).toBeCloseTo(-8, 12);
    expect(b.vx).toBeCloseTo(2, 12);
  });

  it('leaves sixty marks of different sizes, all started near one point, with none over another', () => {
    const marks = Array.from({ length: 60 }, (_, i) => mark(Math.cos(i) * 3, Math.sin(i) * 3, 4 + (i % 7) * 3));
    forceSimulation(marks).force('spread', forceSpread<SizedNode>(-60, 4)).stop().tick(300);
    let closest = Infinity;
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i]!;
        const b = marks[j]!;
        closest = Math.min(closest, Math.hypot(a.x! - b.x!, a.y! - b.y!) - a.r - b.r);
      }
    }
    expect(closest).toBeGreaterThan(0);
  });
});
