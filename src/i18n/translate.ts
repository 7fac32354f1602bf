import type { Label } from '../model/vocabularies';
import type { Locale } from '../model/localized';
import { CATALOGUES, type MessageKey } from './messages';

/** Fills `{name}` placeholders. Values are plain text; nothing here is ever rendered as HTML. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The message for `key` in `locale`, with its placeholders filled. Until a
 * language's catalogue has loaded, the other one answers (the key itself if
 * none has, which only a test forgetting to load them would see).
 */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const catalogue = CATALOGUES[locale] ?? CATALOGUES.es ?? CATALOGUES.en;
  return format(catalogue?.[key] ?? key, params);
}

/** A vocabulary label in `locale`. */
export function label(locale: Locale, value: Label): string {
  return value[locale];
}
