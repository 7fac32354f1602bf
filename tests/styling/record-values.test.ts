import { describe, expect, it } from 'vitest';
import { recordValuesOf, mergeValues } from '../../src/styling/node-values';
import { COMMITMENT_CLASSES, NO_ENGAGEMENT, RECENCY_CLASSES } from '../../src/styling/palette';
import { buildStylesheet } from '../../src/views/network/stylesheet';
import { colourKey } from '../../src/views/network/legend-key';
import { markColor } from '../../src/views/map/marks';
import { TODAY, records } from '../analysis/engagement-records';

type Block = { selector: string; style: Record<string, unknown> };
const style = (colorBy: 'lastEngaged' | 'commitments') => ({ colorBy, sizeBy: 'none', maxDegree: 1 });

describe('recordValuesOf(network, colorBy, today)', () => {
  it('gives months since the last engagement, and none for an actor never engaged', () => {
    // engagement-records.ts, as of 15 Sep 2025: MINERA 7 months (e1, 20 Jan); ONG and DEFENSORIA 1 (e2, 5 Aug);
    // EMBAJADA 5 (e3, March, counted from the 31st); POLICIA only invited, COMUNIDAD and GRUPO never engaged.
    const values = recordValuesOf(records, 'lastEngaged', TODAY)!;
    expect(Object.fromEntries([...values].map(([id, v]) => [id, v.engagedMonths]))).toEqual({
      minera: 7,
      policia: undefined,
      defensoria: 1,
      ong: 1,
      comunidad: undefined,
      grupo: undefined,
      embajada: 5,
    });
    // Nothing else is written, so the analysis's values and these do not rewrite each other.
    expect(values.get('minera')).toEqual({ engagedMonths: 7 });
  });

  it('counts open commitments made or promised, and marks an overdue one', () => {
    // Open: c1 MINERA → COMUNIDAD (overdue), c2 DEFENSORIA (overdue), c4 and c5 ONG (not overdue); c3 is done.
    const values = recordValuesOf(records, 'commitments', TODAY)!;
    expect(Object.fromEntries([...values].map(([id, v]) => [id, [v.openCommitments, v.overdue ?? 0]]))).toEqual({
      minera: [1, 1],
      policia: [0, 0],
      defensoria: [1, 1],
      ong: [2, 0],
      comunidad: [1, 1],
      grupo: [0, 0],
      embajada: [0, 0],
    });
    expect(recordValuesOf(records, 'sector', TODAY)).toBeNull();
  });

  it('merges with the analysis values', () => {
    const merged = mergeValues(new Map([['minera', { community: 2 }]]), recordValuesOf(records, 'lastEngaged', TODAY));
    expect(merged!.get('minera')).toEqual({ community: 2, engagedMonths: 7 });
  });
});

describe('drawing and legend by the records', () => {
  const values = recordValuesOf(records, 'lastEngaged', TODAY);
  const byId = new Map(records.actors.map((a) => [a.id, a]));

  it('colours map marks by class, grey for no engagement recorded', () => {
    expect(markColor(byId.get('policia')!, style('lastEngaged'), values)).toBe(NO_ENGAGEMENT);
    expect(markColor(byId.get('minera')!, style('lastEngaged'), values)).toBe(RECENCY_CLASSES[2]!.color);
    expect(markColor(byId.get('ong')!, style('lastEngaged'), values)).toBe(RECENCY_CLASSES[0]!.color);
    const commitments = recordValuesOf(records, 'commitments', TODAY);
    expect(markColor(byId.get('ong')!, style('commitments'), commitments)).toBe(COMMITMENT_CLASSES[2]!.color);
    expect(markColor(byId.get('grupo')!, style('commitments'), commitments)).toBe(COMMITMENT_CLASSES[0]!.color);
  });

  it('the stylesheet selects each class by its range, grey by default', () => {
    const sheet = buildStylesheet(style('lastEngaged')) as Block[];
    const colourOf = (selector: string) => sheet.find((r) => r.selector === selector)?.style;
    expect(colourOf('node[engagedMonths >= 3][engagedMonths <= 5]')).toEqual({ 'background-color': RECENCY_CLASSES[1]!.color });
    expect(colourOf('node[engagedMonths >= 12]')).toEqual({ 'background-color': RECENCY_CLASSES[3]!.color });
    const ring = (buildStylesheet(style('commitments')) as Block[]).find((r) => r.selector === 'node[overdue > 0]');
    expect(ring?.style).toMatchObject({ 'border-width': 3.5 });
  });

  it('the legend lists the classes used, and no engagement recorded apart from 0 months', () => {
    // Used: under 3 months (ONG, DEFENSORIA), 3–5 (EMBAJADA), 6–11 (MINERA); never: POLICIA, COMUNIDAD, GRUPO.
    const key = colourKey(records.actors, 'lastEngaged', [], 'es', values);
    expect(key.map((k) => k.label)).toEqual([
      'Menos de 3 meses',
      'De 3 a 5 meses',
      'De 6 a 11 meses',
      'Ningún contacto registrado (no es «0 meses»)',
    ]);
    const commitments = colourKey(records.actors, 'commitments', [], 'en', recordValuesOf(records, 'commitments', TODAY));
    expect(commitments.map((k) => k.label)).toEqual(['None open', '1 open', '2 open']);
  });
});
