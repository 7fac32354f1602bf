// What the map says, in both languages: measure, region and country names,
// legend ranges, a region's sentence for screen readers and an arc's title.
import { describe, expect, it } from 'vitest';
import type { RegionArc, RegionSummary } from '../../src/analysis/regions';
import { PERU_REGIONS, type RegionInfo } from '../../src/views/map/map-geometry';
import {
  arcTitle,
  countryName,
  flagLabels,
  measureLabel,
  rangeLabel,
  regionDisplayName,
  regionSummary,
  sourceLine,
} from '../../src/views/map/map-words';
import { measures, type Indicator } from '../../src/views/map/measures';

const cusco: RegionSummary = {
  code: 'PE-CUS',
  actors: ['a', 'b', 'c'],
  bySector: {},
  byPillar: {},
  companies: 1,
  missing: ['state', 'civil_society'],
  innerTies: 0,
};

describe('measureLabel(id, offered, lang)', () => {
  it('names counts, pillars and the gap from the catalogues, indicators from the study', () => {
    expect(measureLabel('actors', [], 'en')).toBe('Actors in the region');
    expect(measureLabel('pillar:civil_society', [], 'es')).toBe('Actores de Sociedad civil');
    expect(measureLabel('indicator:poverty-rate', measures(), 'en')).toBe('Poverty rate (highest seven regions named by the 2010 study)');
    // An indicator not offered (over the user's boundaries) is left as its id rather than named as if shown.
    expect(measureLabel('indicator:poverty-rate', [], 'en')).toBe('indicator:poverty-rate');
  });
});

describe('flagLabels(id, lang)', () => {
  it("says what the gap's two colours mean; an indicator's are yes and no", () => {
    expect(flagLabels('gap', 'en')).toEqual(['Companies, no counterpart', 'Counterpart present, or no company']);
    expect(flagLabels('indicator:conflict-hotspot', 'es')).toEqual(['Sí', 'No']);
  });
});

describe('rangeLabel(range, lang)', () => {
  it('writes a class as "from – to" with the numbers as the language writes them', () => {
    expect(rangeLabel({ from: 0, to: 7 }, 'es')).toBe('0 – 7');
    // Three significant digits at most: 17.14 is written 17.1; thousands are grouped.
    expect(rangeLabel({ from: 17.14, to: 1200 }, 'en')).toBe('17.1 – 1,200');
  });
});

describe('regionDisplayName(regions, code, lang) and countryName(code, lang)', () => {
  it("prefers the name in the user's file, else Peru's name in the language, else the code", () => {
    const mine: RegionInfo[] = [{ code: 'X-1', name: 'Norte', macroSur: false, capital: null, tile: null }];
    expect(regionDisplayName(mine, 'X-1', 'en')).toBe('Norte');
    expect(regionDisplayName(PERU_REGIONS, 'PE-LMA', 'es')).toBe('Lima Metropolitana');
    expect(regionDisplayName(PERU_REGIONS, 'PE-LMA', 'en')).toBe('Metropolitan Lima');
    expect(regionDisplayName(mine, 'X-2', 'en')).toBe('X-2');
  });

  it('names a country in the language, and says when it is not known', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('CO', 'es')).toBe('Colombia');
    expect(countryName('', 'es')).toBe('País desconocido');
  });
});

describe('regionSummary(name, summary, measure, lang)', () => {
  it('says the actors, companies and missing counterparts, then the measure', () => {
    expect(regionSummary('Cusco', cusco, null, 'en')).toBe('Cusco: 3 actors, 1 company, no counterpart from state or civil society');
    expect(regionSummary('Cusco', cusco, { label: 'Tasa', value: 63.5 }, 'es')).toBe(
      'Cusco: 3 actores, 1 empresa, sin contraparte de estado ni sociedad civil, Tasa: 63.5',
    );
    expect(regionSummary('Cusco', cusco, { label: 'Rate', value: null }, 'en')).toMatch(/, Rate: no data$/);
  });

  it('says a region is empty, and leaves out what it does not have', () => {
    expect(regionSummary('Tacna', undefined, null, 'es')).toBe('Tacna: sin actores');
    expect(regionSummary('Puno', { ...cusco, actors: ['a'], companies: 0, missing: [] }, null, 'en')).toBe('Puno: 1 actor');
  });
});

describe('arcTitle(arc, nameOf, lang)', () => {
  const arc: RegionArc = {
    a: 'PE-CUS',
    b: 'PE-LMA',
    count: 3,
    byType: { dialogue: 2, conflict: 1 },
    meanTrust: 0.5,
    assessed: 2,
    ties: ['t1', 't2', 't3'],
  };
  const nameOf = (code: string) => ({ 'PE-CUS': 'Cusco', 'PE-LMA': 'Lima' })[code] ?? code;

  it('names both regions, the ties by type and their mean trust with how many were assessed', () => {
    expect(arcTitle(arc, nameOf, 'en')).toBe('Cusco – Lima: 3 ties (Dialogue: 2, Conflict: 1). Mean trust 0.5 (2 of 3 ties assessed)');
    expect(arcTitle({ ...arc, count: 1, byType: { dialogue: 1 }, meanTrust: null, assessed: 0 }, nameOf, 'es')).toBe(
      'Cusco – Lima: 1 vínculo (Diálogo: 1). confianza sin evaluar',
    );
  });
});

describe('sourceLine(boundaries, indicator, lang)', () => {
  it('names where the boundaries come from, then each source of the indicator shown with its place in it', () => {
    expect(sourceLine('mine.geojson', undefined, 'en')).toBe('Boundaries: mine.geojson');
    const rate: Indicator = {
      id: 'rate',
      unit: '%',
      label: { en: 'Rate', es: 'Tasa' },
      values: {},
      sources: [
        { doc: 'Study 2010', locator: { en: 'p. 4', es: 'p. 4' } },
        { doc: 'INEI', locator: { en: 'table 2', es: 'cuadro 2' } },
      ],
    };
    expect(sourceLine('Natural Earth', rate, 'es')).toBe('Límites: Natural Earth · Indicador: Study 2010, p. 4; INEI, cuadro 2');
  });
});
