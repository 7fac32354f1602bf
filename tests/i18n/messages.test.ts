import { describe, expect, it } from 'vitest';
import { en } from '../../src/text/en';
import { es } from '../../src/text/es';
import type { MessageText } from '../../src/text/message-text';
import { format, message, translate } from '../../src/text/translate';

const placeholders = (text: MessageText) =>
  [
    ...new Set(
      (typeof text === 'string' ? [text] : Object.values(text)).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1])),
    ),
  ].sort();
const forms = (text: MessageText) => (typeof text === 'string' ? ['text'] : Object.keys(text).sort());

describe('message catalogues', () => {
  it.each(Object.keys(en) as (keyof typeof en)[])('%s has a Spanish text with the same placeholders', (key) => {
    const spanish: MessageText = es[key];
    for (const form of typeof spanish === 'string' ? [spanish] : Object.values(spanish)) expect(form.trim()).not.toBe('');
    expect(placeholders(spanish)).toEqual(placeholders(en[key]));
    // Spanish and English both have the plural categories one and other, so a plural message has both in both.
    expect(forms(spanish)).toEqual(forms(en[key]));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es', 'focus.active', { name: 'Minem', steps: 2 })).toContain('Minem');
    // Counted phrases inside a message take the plural form of their count: 1 actor · 70 vínculos.
    expect(
      translate('es', 'header.counts', { actors: message('count.actors', { count: 1 }), ties: message('count.ties', { count: 70 }) }),
    ).toBe('1 actor · 70 vínculos');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
