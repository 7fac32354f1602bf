import { describe, expect, it } from 'vitest';
import { formatDate, formatExact, formatFigure, formatNumber, formatOrdinal } from '../../src/i18n/format';

describe('formatNumber(value, locale)', () => {
  it('writes numbers as Peru does: decimal point, comma thousands, and the digits a score needs', () => {
    expect(formatNumber(2355, 'es')).toBe('2,355');
    expect(formatNumber(0.3612, 'es')).toBe('0.361');
    expect(formatNumber(2.355, 'es')).toBe('2.36');
    expect(formatNumber(2.355, 'en')).toBe('2.36');
  });
});

describe('formatDate(value, locale)', () => {
  it('writes 25 February 2010 as 25/02/2010 in Spanish and 25 Feb 2010 in English, and keeps partial dates partial', () => {
    expect(formatDate('2010-02-25', 'es')).toBe('25/02/2010');
    expect(formatDate('2010-02-25', 'en')).toBe('25 Feb 2010');
    expect(formatDate('2010', 'es')).toBe('2010');
    expect(formatDate('2017-08', 'en')).toBe('Aug 2017');
  });
});

describe('formatFigure(value, locale)', () => {
  it('keeps two significant figures of a fraction, as the language writes numbers', () => {
    // 0.0691 → 0.069; 0.5 → 0.50 (two figures, the second a zero); 3.14159 → 3.1.
    expect(formatFigure(0.0691, 'es')).toBe('0.069');
    expect(formatFigure(0.5, 'en')).toBe('0.50');
    expect(formatFigure(3.14159, 'es')).toBe('3.1');
  });
  it('never rounds a whole part away: counts and figures of 10 or more are whole numbers', () => {
    expect(formatFigure(42, 'es')).toBe('42');
    expect(formatFigure(123.4, 'en')).toBe('123');
    expect(formatFigure(2355, 'es')).toBe('2,355');
    expect(formatFigure(0, 'es')).toBe('0');
  });
});

describe('formatExact(value, locale)', () => {
  it('gives up to six significant figures, for a title or a screen reader', () => {
    expect(formatExact(0.069512345, 'es')).toBe('0.0695123');
    expect(formatExact(0.5, 'en')).toBe('0.5');
  });
});

describe('formatOrdinal(place, locale)', () => {
  it('says a place as each language does: 3.º in Spanish; 1st, 2nd, 3rd, 4th, 11th, 22nd in English', () => {
    expect(formatOrdinal(3, 'es')).toBe('3.º');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((n) => formatOrdinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
    ]);
  });
});
