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
