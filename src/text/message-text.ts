/**
 * The shape of a catalogue entry, and the placeholders it names, as types:
 * shared by both catalogues and `translate`, so that a call names exactly
 * the placeholders of its message and the Spanish catalogue the same ones
 * as the English.
 */

/**
 * A message whose wording depends on a number: one text per plural category
 * of the language (`Intl.PluralRules`), chosen by the message's `count`
 * argument. `other` is required, being the category every language has.
 */
export interface PluralText {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A catalogue entry: a text with `{name}` placeholders, or its plural forms. */
export type MessageText = string | PluralText;

/** The names of the `{name}` placeholders in a text: `'{a} of {b}'` → `'a' | 'b'`. */
type Names<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Names<Rest> : never;

/** The placeholders a catalogue entry names, in any of its plural forms. */
export type Placeholders<M> = M extends string ? Names<M> : Names<M[keyof M]>;

/** Whether two entries are said alike: both plain or both plural, naming the same placeholders. */
export type SameShape<A, B> = [A extends string ? 'plain' : 'plural', Placeholders<A>] extends [
  B extends string ? 'plain' : 'plural',
  Placeholders<B>,
]
  ? [B extends string ? 'plain' : 'plural', Placeholders<B>] extends [A extends string ? 'plain' : 'plural', Placeholders<A>]
    ? true
    : false
  : false;
