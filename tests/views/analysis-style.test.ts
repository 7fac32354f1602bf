import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { metricRangeOf, nodeValuesOf } from '../../src/views/network/analysis-style';
import { small } from '../analysis/fixtures';

// Star: s tied to a, b, c; x alone.
const result = analyze(small(['s', 'a', 'b', 'c', 'x'], ['s-a', 's-b', 's-c']));

describe('nodeValuesOf(result)', () => {
  it('gives each actor its community and metrics as m_<metric>, leaving out values that do not exist', () => {
    const values = nodeValuesOf(result);
    expect(values.get('s')).toMatchObject({ m_degree: 3, m_brokerage: 0 });
    expect(values.get('s')?.community).toBeGreaterThan(0);
    // The isolate has no constraint (none is defined for it).
    expect(values.get('x')).not.toHaveProperty('m_constraint');
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
