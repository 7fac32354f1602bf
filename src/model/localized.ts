import type { LocalizedText } from './types';

/** The product's two languages. */
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * How each language writes numbers and dates: Peru's Spanish (es-PE: 0.36 and
 * 2,355, a decimal point and comma thousands) and British English (25 Feb 2010).
 */
export const INTL_LOCALE: Record<Locale, string> = { es: 'es-PE', en: 'en-GB' };

/**
 * Picks the text for a locale from plain text or `{es, en}`. Plain text is
 * the same in every language; an empty translation falls back to the other
 * language rather than showing nothing.
 */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] || text[locale === 'es' ? 'en' : 'es'];
}

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

/**
 * A count as a whole number with grouping; a score with three significant digits at most: the digits a person needs,
 * not all of them. Here, below the page's catalogues, because file readers word their problems with it too.
 */
export function formatNumber(value: number, locale: Locale): string {
  const digits = Number.isInteger(value) ? -1 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 3;
  return numberFormat(locale, digits).format(value);
}

/** One formatter per language and precision (building one is slow: a table of thousands of rows built thousands). */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options = digits < 0 ? {} : { maximumFractionDigits: digits, maximumSignificantDigits: 3 };
    numberFormats.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  }
  return format;
}
