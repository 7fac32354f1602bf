import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { metricRangeOf, nodeValuesOf } from '../../src/styling/node-values';
import { small } from '../analysis/fixtures';

// Star: s tied to a, b, c; x alone.
const result = analyze(small(['s', 'a', 'b', 'c', 'x'], ['s-a', 's-b', 's-c']));

describe('nodeValuesOf(result, style)', () => {
  it('gives each actor its community when colouring by community, and the metric sized by as m_<metric>', () => {
    const values = nodeValuesOf(result, { colorBy: 'community', sizeBy: 'brokerage' })!;
    // s's contacts a, b and c are all civil society: no pair across pillars, so brokerage 0.
    expect(values.get('s')).toEqual({ community: result.actors.find((a) => a.id === 's')!.community, m_brokerage: 0 });
    expect(values.get('s')?.community).toBeGreaterThan(0);
  });
  it('leaves out what the styling does not read, and values that do not exist', () => {
    // Coloured by sector and not sized by a metric: the styling reads no analysis value, so an edit rewrites nothing.
    expect(nodeValuesOf(result, { colorBy: 'sector', sizeBy: 'none' })).toBeNull();
    // Degree and influence are read from the actor itself, not from the analysis.
    expect(nodeValuesOf(result, { colorBy: 'pillar', sizeBy: 'degree' })).toBeNull();
    const constraint = nodeValuesOf(result, { colorBy: 'sector', sizeBy: 'constraint' })!;
    // Constraint: s 3 · (1/3)² = 1/3; the isolate x has none.
    expect(constraint.get('s')).toEqual({ m_constraint: 1 / 3 });
    expect(constraint.get('x')).toEqual({});
  });
});

describe('metricRangeOf(result, metric)', () => {
  it('is the smallest and largest value among actors that have one', () => {
    // Degrees: s 3, leaves 1, x 0.
    expect(metricRangeOf(result, 'degree')).toEqual({ min: 0, max: 3 });
    // Constraint: s 3 · (1/3)² = 1/3, leaves 1; x has none.
    expect(metricRangeOf(result, 'constraint')).toEqual({ min: 1 / 3, max: 1 });
  });
});
