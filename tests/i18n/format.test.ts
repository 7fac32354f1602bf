import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/i18n/format';

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
