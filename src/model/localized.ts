import type { LocalizedText } from './types';

/** The product's two languages. */
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks the text for a locale from plain text or `{en, es}`. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text[locale];
}
