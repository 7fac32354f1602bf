import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { format, translate } from '../../src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each(Object.keys(en) as (keyof typeof en)[])('%s has a Spanish text with the same placeholders', (key) => {
    expect(es[key].trim()).not.toBe('');
    expect(placeholders(es[key])).toEqual(placeholders(en[key]));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es', 'header.counts', { actors: 60, ties: 70 })).toBe('60 actores · 70 vínculos');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
