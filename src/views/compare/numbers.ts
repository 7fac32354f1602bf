/**
 * A change between two figures as a reader takes it: its sign always written,
 * with a true minus (−44, +0.136, 0), in the language's number format.
 */
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../model/localized';

export function signedNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  const magnitude = formatNumber(Math.abs(value), locale);
  // A change too small for the digits shown reads as none, without a sign.
  if (/^[0.,\s]*$/.test(magnitude)) return magnitude;
  return `${value > 0 ? '+' : '−'}${magnitude}`;
}
