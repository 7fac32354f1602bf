/**
 * Numbers and dates as each language writes them (see INTL_LOCALE). Numbers
 * are formatted in the model, where file readers can reach them too.
 */
import { INTL_LOCALE, type Locale } from '../model/localized';

export { formatNumber } from '../model/localized';
// Dates are worded below the page too (the analysis names when an actor was last engaged), so they live in text/.
export { formatDate, formatMonth } from '../text/languages';

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
