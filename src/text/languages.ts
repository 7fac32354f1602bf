/**
 * The product's two languages, and how each writes numbers. Here, at the
 * bottom of the code, because every layer words things: the model and the
 * file readers as much as the page.
 */

/** The product's two languages. */
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text the same in every language, or one wording per language (a record's name, note, role). */
export type Wording = string | Readonly<Record<Locale, string>>;

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
export function localize(text: Wording | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] || text[locale === 'es' ? 'en' : 'es'];
}

/**
 * A count as a whole number with grouping; a score with three significant digits at most: the digits a person needs,
 * not all of them.
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

/**
 * A date as a person reads it: 25/02/2010 in Spanish, 25 Feb 2010 in English.
 * Partial dates ("2010", "2010-02") keep their precision.
 */
export function formatDate(value: string | number | Date, locale: Locale): string {
  if (typeof value === 'string' && /^\d{4}$/.test(value)) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) {
    const date = new Date(`${value}-01T12:00:00Z`);
    return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      month: locale === 'es' ? '2-digit' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return locale === 'es'
    ? new Intl.DateTimeFormat(INTL_LOCALE.es, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: typeof value === 'string' ? 'UTC' : undefined,
      }).format(date)
    : new Intl.DateTimeFormat(INTL_LOCALE.en, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: typeof value === 'string' ? 'UTC' : undefined,
      }).format(date);
}

/** A month as a person says it: "ago. 2017" in Spanish, "Aug 2017" in English. */
export function formatMonth(month: string, locale: Locale): string {
  const date = new Date(`${month}-01T12:00:00Z`);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
