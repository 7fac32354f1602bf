/**
 * Numbers and dates as each language writes them (see INTL_LOCALE). Numbers
 * are formatted in the model, where file readers can reach them too.
 */
import { INTL_LOCALE, type Locale } from '../model/localized';

export { formatNumber } from '../model/localized';

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

/**
 * A measure as a person reads it in a ranking: two significant figures
 * ("0.069" for 0.0691, "0.50" for 0.5), as the language writes numbers; a
 * count or a figure of 10 or more as a whole number (42, 123), never rounded
 * to fewer digits than its whole part. The exact value goes with it
 * (`formatExact`).
 */
export function formatFigure(value: number, locale: Locale): string {
  const whole = Number.isInteger(value) || Math.abs(value) >= 10;
  const options = whole ? { maximumFractionDigits: 0 } : { minimumSignificantDigits: 2, maximumSignificantDigits: 2 };
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

/** A measure with the digits it was computed to, up to six significant ones: for a title or a screen reader. */
export function formatExact(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumSignificantDigits: 6 }).format(value);
}

const ordinals = new Map<Locale, Intl.PluralRules>();
const ENGLISH_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

/** A place in a ranking: "3.º" in Spanish, "3rd" in English. */
export function formatOrdinal(place: number, locale: Locale): string {
  if (locale === 'es') return `${place}.º`;
  let rules = ordinals.get(locale);
  if (!rules) ordinals.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale], { type: 'ordinal' })));
  return `${place}${ENGLISH_SUFFIX[rules.select(place)] ?? 'th'}`;
}
