/**
 * Every user-facing string of the interface, in English and Spanish. The
 * Spanish catalogue is typed against the English one, so a missing
 * translation, or one that names other placeholders, is a type error. Vocabulary labels (sectors, tie types …) live
 * with the vocabularies in `src/model/vocabularies.ts`.
 *
 * Spanish, the language most users work in, comes with the page; English
 * loads before the page starts when it is the language shown, else just
 * after the first drawing (`loadCatalogue`). Tests and tools load both
 * (`loadCatalogues`).
 */
import type { Locale } from '../model/localized';
import type { MessageKey } from './en';
import { es } from './es';
import type { MessageText } from './message-text';

export type { MessageKey };
export type Catalogue = Readonly<Record<MessageKey, MessageText>>;

/** The catalogues loaded so far. */
export const CATALOGUES: Partial<Record<Locale, Catalogue>> = { es };

const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
  en: () => import('./en').then((m) => m.en),
  es: async () => es,
};

export async function loadCatalogue(locale: Locale): Promise<void> {
  CATALOGUES[locale] ??= await LOADERS[locale]();
}

export function loadCatalogues(): Promise<void[]> {
  return Promise.all((Object.keys(LOADERS) as Locale[]).map(loadCatalogue));
}
