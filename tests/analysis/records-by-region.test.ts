import { describe, expect, it } from 'vitest';
import { incidentRegionsIn, recordsByRegion } from '../../src/analysis/records-by-region';
import { records, withRecords } from './engagement-records';

describe('recordsByRegion(network, what, period)', () => {
  it('counts engagements held in each region over the months chosen', () => {
    // engagement-records.ts: e1 (20 Jan 2025), e2 (5 Aug 2025) and e4 (1 Oct 2025) in Cusco; e3 (March) has no region.
    expect([...recordsByRegion(records, 'engagements')]).toEqual([['PE-CUS', 3]]);
    // February to September 2025: e2 only.
    expect([...recordsByRegion(records, 'engagements', { from: '2025-02', to: '2025-09' })]).toEqual([['PE-CUS', 1]]);
    // From August, open-ended: e2 and e4.
    expect([...recordsByRegion(records, 'engagements', { from: '2025-08', to: null })]).toEqual([['PE-CUS', 2]]);
  });

  it('counts incidents, and none outside the period', () => {
    // Only i1 (10 Jun 2025) has a region, Cusco.
    expect([...recordsByRegion(records, 'incidents')]).toEqual([['PE-CUS', 1]]);
    expect(recordsByRegion(records, 'incidents', { from: null, to: '2025-05' }).size).toBe(0);
  });
});

describe('incidentRegionsIn(network, month)', () => {
  it('names the regions with an incident that month; one dated by its year alone lights no month', () => {
    expect([...incidentRegionsIn(records, '2025-06')]).toEqual([['PE-CUS', 1]]);
    // i2 (August 2025) has no region.
    expect(incidentRegionsIn(records, '2025-08').size).toBe(0);
    const yearOnly = withRecords(records, {
      incidents: [{ id: 'y', kind: 'protest', date: '2025', region: 'PE-PUN', basis: 'documented' }],
    });
    expect(incidentRegionsIn(yearOnly, '2025-06').size).toBe(0);
    expect([...recordsByRegion(yearOnly, 'incidents', { from: '2025-06', to: '2025-06' })]).toEqual([['PE-PUN', 1]]);
  });
});
