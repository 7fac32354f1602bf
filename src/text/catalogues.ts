/**
 * The catalogues loaded so far, and how to load the others. Every
 * user-facing string is in the two catalogues, in English and Spanish (the
 * Spanish typed against the English, so a missing translation, or one that
 * names other placeholders, is a type error), the vocabularies' labels too.
 *
 * Spanish, the language most users work in, comes with the page; English
 * loads before the page starts when it is the language shown, else just
 * after the first drawing (src/main.ts). Only this module names the English
 * catalogue's value, and only through `import()`: any other module may import
 * its type (`MessageKey`) without bundling it. Workers, the command line and
 * tests load both (`loadCatalogues`).
 */
import type { MessageKey } from './en';
import { es } from './es';
import type { Locale } from './languages';
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
