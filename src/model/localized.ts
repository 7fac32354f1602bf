import { localize, type Locale } from '../text/languages';
import type { LocalizedText } from './types';

// The languages, a text's wording in one of them, and numbers as each writes them: the product's words layer
// (src/text) holds them, so the catalogues can say a record's text too; re-exported here for the model's readers.
export { LOCALES, INTL_LOCALE, formatNumber, localize, type Locale } from '../text/languages';

/** Every distinct wording of a text (both languages), for search and duplicate checks. */
export function wordings(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return text ? [text] : [];
  return [...new Set([text.es, text.en].filter(Boolean))];
}

/** The Spanish text (the primary language of the sample data and the interchange columns). */
export const spanishOf = (text: LocalizedText | undefined): string => localize(text, 'es');

/** The English text of a bilingual text, else '' (plain text has no separate English). */
export function englishOnly(text: LocalizedText | undefined): string {
  if (text === undefined || typeof text === 'string') return '';
  return text.en;
}

/**
 * Spanish and English texts as the model holds them: `{es, en}` when both are
 * given (even if equal: someone checked both), plain text when one is missing.
 */
export function bilingual(es: string, en: string): LocalizedText {
  const [a, b] = [es.trim(), en.trim()];
  return a && b ? { es: a, en: b } : a || b;
}

/**
 * The text with its `locale` wording replaced by `value`: what editing a name
 * in one language does. Plain text stays plain (it was the same in both).
 */
export function withWording(text: LocalizedText | undefined, locale: Locale, value: string): LocalizedText {
  if (text === undefined || typeof text === 'string') return value;
  return { ...text, [locale]: value };
}

const collators = new Map<string, Intl.Collator>();
/**
 * Compares two texts in a language's alphabetical order ("Ñ" after "N", accents ignored first), as
 * `a.localeCompare(b, locale)` does, but with one collator per language: `localeCompare` with a locale builds a
 * new one at every comparison, which costs tens of milliseconds to sort a list of sixty names.
 */
export function compareText(locale: string, options: { numeric?: boolean } = {}): (a: string, b: string) => number {
  const key = `${locale}|${options.numeric === true}`;
  let collator = collators.get(key);
  if (!collator) collators.set(key, (collator = new Intl.Collator(locale, { numeric: options.numeric === true })));
  return collator.compare;
}
