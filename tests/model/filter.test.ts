import { describe, expect, it } from 'vitest';
import { NO_FILTERS, activeFilterCount, applyFilters } from '../../src/model/filter';
import { neighbourhood } from '../../src/model/neighbourhood';
import { parseNetwork } from '../../src/model/validate';
import type { Network } from '../../src/model/types';

// s (state, PE-CUS) — c (company, PE-CUS) trust −1, documented
// c — n (civil society, PE-PUN)          not assessed, inferred
// n — i (international org, no region)   trust +2, documented
// x (company, PE-PUN) is isolated.
const net: Network = parseNetwork({
  schemaVersion: 3,
  id: 'f',
  title: 'F',
  actors: [
    { id: 's', name: 'S', sector: 'state', region: 'PE-CUS', basis: 'documented' },
    { id: 'c', name: 'C', sector: 'company', region: 'PE-CUS', basis: 'documented' },
    { id: 'n', name: 'N', sector: 'civil_society', region: 'PE-PUN', basis: 'documented' },
    { id: 'i', name: 'I', sector: 'international_org', basis: 'documented' },
    { id: 'x', name: 'X', sector: 'company', region: 'PE-PUN', basis: 'documented' },
  ],
  ties: [
    { id: 'sc', source: 's', target: 'c', type: 'dialogue', trust: -1, basis: 'documented' },
    { id: 'cn', source: 'c', target: 'n', type: 'conflict', basis: 'inferred' },
    { id: 'ni', source: 'n', target: 'i', type: 'funding', trust: 2, basis: 'documented' },
  ],
}).network!;

const ids = (set: Set<string>) => [...set].sort();

describe('applyFilters(network, filters)', () => {
  it('shows everything without filters', () => {
    const v = applyFilters(net, NO_FILTERS);
    expect(v.actors.size).toBe(5);
    expect(v.ties.size).toBe(3);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it('filters by pillar, dropping ties to actors left out', () => {
    const v = applyFilters(net, { ...NO_FILTERS, pillars: ['business', 'civil_society'] });
    expect(ids(v.actors)).toEqual(['c', 'n', 'x']);
    expect(ids(v.ties)).toEqual(['cn']);
  });

  it('filters by region, with "none" for actors without one', () => {
    expect(ids(applyFilters(net, { ...NO_FILTERS, regions: ['PE-CUS', 'none'] }).actors)).toEqual(['c', 'i', 's']);
  });

  it('filters ties by trust range, keeping or dropping the not assessed', () => {
    expect(ids(applyFilters(net, { ...NO_FILTERS, trustMin: 0 }).ties)).toEqual(['cn', 'ni']);
    expect(ids(applyFilters(net, { ...NO_FILTERS, trustMin: 0, includeNotAssessed: false }).ties)).toEqual(['ni']);
  });

  it('shows only documented ties, and hides the actors that leaves alone', () => {
    const v = applyFilters(net, { ...NO_FILTERS, bases: ['documented'], hideIsolates: true });
    expect(ids(v.ties)).toEqual(['ni', 'sc']);
    // x had no tie at all; c keeps sc; n keeps ni.
    expect(ids(v.actors)).toEqual(['c', 'i', 'n', 's']);
    expect(activeFilterCount({ ...NO_FILTERS, bases: ['documented'], hideIsolates: true })).toBe(2);
  });

  it('filters by tie type', () => {
    expect(ids(applyFilters(net, { ...NO_FILTERS, tieTypes: ['conflict', 'funding'] }).ties)).toEqual(['cn', 'ni']);
  });
});

describe('neighbourhood(network, centre, steps)', () => {
  it('reaches one and two steps along ties in either direction', () => {
    expect(ids(neighbourhood(net, 'c', 1))).toEqual(['c', 'n', 's']);
    expect(ids(neighbourhood(net, 'c', 2))).toEqual(['c', 'i', 'n', 's']);
    expect(ids(neighbourhood(net, 'x', 2))).toEqual(['x']);
  });
});
