/**
 * Saying a message of the catalogues in a language: pure functions, with no
 * state of the page, so the model, analysis, file readers and writers,
 * workers and the command line word things exactly as the page does.
 */
import { CATALOGUES, type MessageKey } from './catalogues';
import type { en } from './en';
import { formatNumber, localize, type Locale, type Wording } from './languages';
import type { MessageText, Placeholders, PluralText } from './message-text';

export type { MessageText, PluralText };

/**
 * A placeholder's value: plain text, a number, a record's text in both
 * languages (an actor's name), or another message; the last two are said in
 * the message's language.
 */
export type Arg = string | number | Wording | Message;

/** A message not yet said: its key and arguments, so it can be said in whatever language is current when shown. */
export interface Message {
  readonly key: MessageKey;
  readonly args?: Readonly<Record<string, Arg>>;
}

type English = typeof en;

/** The arguments message `K` takes: exactly its placeholders, and a numeric `count` when it is plural. */
export type Params<K extends MessageKey> = English[K] extends string
  ? { [P in Placeholders<English[K]>]: Arg }
  : { [P in Placeholders<English[K]> | 'count']: P extends 'count' ? number : Arg };

/** What follows the key in `t(key, …)`: nothing for a message without placeholders, else its arguments. */
export type ArgsOf<K extends MessageKey> = K extends MessageKey ? ([keyof Params<K>] extends [never] ? [] : [params: Params<K>]) : never;

/** Fills `{name}` placeholders. Values are plain text; nothing here is ever rendered as HTML. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** One `Intl.PluralRules` per language (building one is not free, and plural messages are said in long lists). */
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of a plural text that `count` takes in `locale`: Spanish and English say "1 problema", "0 problemas", "2 problemas". */
export function pluralForm(text: PluralText, locale: Locale, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return text[rules.select(count)] ?? text.other;
}

/**
 * The message for `key` in `locale`, with its placeholders filled. Until a
 * language's catalogue has loaded, the other one answers (the key itself if
 * none has, which only a test forgetting to load them would see).
 */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: ArgsOf<K>): string {
  return say(locale, { key, args: args[0] });
}

/** A message (key and arguments) in `locale`; arguments that are messages themselves are said in `locale` too. */
export function say(locale: Locale, message: Message): string {
  const catalogue = CATALOGUES[locale] ?? CATALOGUES.es ?? CATALOGUES.en;
  const text: MessageText = catalogue?.[message.key] ?? message.key;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.args ?? {}))
    params[name] = typeof value !== 'object' ? value : 'key' in value ? say(locale, value as Message) : localize(value, locale);
  if (typeof text === 'string') return format(text, params);
  // The count a plural text agrees with is written as the language writes numbers (2,355), so callers pass the number itself.
  const count = message.args?.count;
  if (typeof count === 'number') params.count = formatNumber(count, locale);
  return format(pluralForm(text, locale, typeof count === 'number' ? count : NaN), params);
}

/** A message to say later (on a status line, in the undo history): typed like `t`, so it names exactly the placeholders. */
export function message<K extends MessageKey>(key: K, ...args: ArgsOf<K>): Message {
  return args[0] === undefined ? { key } : { key, args: args[0] };
}

/** The keys whose messages take no arguments: a vocabulary value's label, a column's name. */
export type PlainKey = { [K in MessageKey]: ArgsOf<K> extends [] ? K : never }[MessageKey];

/**
 * What a label can be: a key without placeholders (a vocabulary value, a
 * column), a message with its arguments (a gap's sentence), or a text in both
 * languages that is data (a region's name).
 */
export type Words = PlainKey | Message | Readonly<Record<Locale, string>>;

/** A label in `locale`. */
export function label(locale: Locale, value: Words): string {
  if (typeof value === 'string') return say(locale, { key: value });
  return 'key' in value ? say(locale, value) : value[locale];
}

/**
 * Words in both languages, as a record's text or a file for either reader
 * keeps them (`{es, en}`): an anonymised actor's name says its sector in both,
 * the command line's JSON its gaps and notes.
 */
export function inBothLanguages(value: Words): { es: string; en: string } {
  return { es: label('es', value), en: label('en', value) };
}
