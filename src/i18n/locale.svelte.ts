/**
 * The interface language: chosen by the user, remembered in localStorage,
 * defaulting to the browser's language when it is Spanish or English and to
 * Spanish otherwise (the product's users work mostly in Spanish).
 */
import { LOCALES, localize, type Locale } from '../model/localized';
import type { LocalizedText } from '../model/types';
import { CATALOGUES, loadCatalogue, type MessageKey } from '../text/catalogues';
import { label, say, translate, type ArgsOf, type Message, type Words } from '../text/translate';

const STORAGE_KEY = 'puentes.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be unavailable (privacy mode); fall back to the browser language.
  }
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return isLocale(browser) ? browser : 'es';
}

class LocaleState {
  current: Locale = $state(initialLocale());

  /** Switches the language: at once when its catalogue is here (it loads just after the first drawing), else once loaded. */
  set(locale: Locale): void {
    if (CATALOGUES[locale]) this.#apply(locale);
    else void loadCatalogue(locale).then(() => this.#apply(locale));
  }

  #apply(locale: Locale): void {
    this.current = locale;
    if (globalThis.document) globalThis.document.documentElement.lang = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembered, but the switch still applies to this session.
    }
  }

  /** Translates a message key in the current language, with exactly the arguments its placeholders name. */
  t = <K extends MessageKey>(key: K, ...args: ArgsOf<K>): string => translate(this.current, key, ...args);

  /** Says a message kept for later (a status line, an undo step) in the current language. */
  say = (message: Message): string => say(this.current, message);

  /** Words that may be a key, a message or a text in both languages (a region's name), in the current language. */
  l = (value: Words): string => label(this.current, value);

  /** A record's text (name, note, locator, role) in the current language. */
  text = (value: LocalizedText | undefined): string => localize(value, this.current);
}

export const locale = new LocaleState();
