/**
 * Every user-facing string of the interface, in English and Spanish. The
 * Spanish catalogue is typed against the English one, so a missing
 * translation is a type error. Vocabulary labels (sectors, tie types …) live
 * with the vocabularies in `src/model/vocabularies.ts`.
 *
 * The page loads the catalogue of the language it shows before it starts,
 * and the other one when the user switches (`loadCatalogue`): not both with
 * the first drawing. Tests and tools load both (`loadCatalogues`).
 */
import type { Locale } from '../model/localized';
import type { MessageKey } from './en';

export type { MessageKey };
export type Catalogue = Record<MessageKey, string>;

/** The catalogues loaded so far. */
export const CATALOGUES: Partial<Record<Locale, Catalogue>> = {};

const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
  en: () => import('./en').then((m) => m.en),
  es: () => import('./es').then((m) => m.es),
};

export async function loadCatalogue(locale: Locale): Promise<void> {
  CATALOGUES[locale] ??= await LOADERS[locale]();
}

export function loadCatalogues(): Promise<void[]> {
  return Promise.all((Object.keys(LOADERS) as Locale[]).map(loadCatalogue));
}
