import { describe, expect, it } from 'vitest';
import { readSector, readTieType } from '../../src/io/values';
import { CATALOGUES } from '../../src/text/catalogues';

describe('reading vocabulary values', () => {
  it('reads a label in either language, and a short form with an assumption', () => {
    // The labels of sector.company and tieType.information in the catalogues.
    expect(readSector('Company')).toEqual({ value: 'company', assumed: false, label: 'sector.company' });
    expect(readSector('empresa')).toEqual({ value: 'company', assumed: false, label: 'sector.company' });
    expect(readTieType('Intercambio de información')).toMatchObject({ value: 'information', assumed: false });
    expect(readTieType('Information exchange')).toMatchObject({ value: 'information', assumed: false });
    expect(readSector('Empresa minera')).toEqual({ value: 'company', assumed: true, label: 'sector.company' });
  });

  it('reads English labels once the English catalogue arrives after a first read (the page loads it after Spanish)', () => {
    const english = CATALOGUES.en;
    try {
      delete CATALOGUES.en;
      // Only Spanish here: "Civil society organisation" is no label yet, only the code's words and more ("civil
      // society …"), so it is read as a short form, with an assumption.
      expect(readSector('Civil society organisation')).toEqual({ value: 'civil_society', assumed: true, label: 'sector.civil_society' });
      expect(readSector('Organización de la sociedad civil').assumed).toBe(false);
    } finally {
      CATALOGUES.en = english;
    }
    expect(readSector('Civil society organisation')).toEqual({ value: 'civil_society', assumed: false, label: 'sector.civil_society' });
  });
});
