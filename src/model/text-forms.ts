/**
 * Records as the text a person types or a spreadsheet cell holds, shared by
 * the forms and the table importer/exporter so both write and read the same:
 * a contact is "Name — rol en español — role in English" (the roles
 * optional), and bilingual texts are a Spanish and an English column.
 */
import { bilingual, englishOnly, spanishOf } from './localized';
import type { Contact, LocalizedText, Source } from './types';

const DASH = ' — ';

/** "Ana Leyva — Entrevistada — Interviewee" → contact. A single role is the same in both languages. */
export function parseContact(text: string): Contact {
  const [name = '', es = '', en = ''] = text.trim().split(/\s+[—–]\s+|\s+-\s+/);
  return { name: name.trim(), role: bilingual(es, en) };
}

/** The inverse of `parseContact`. A role given in English only is written once (it reads back as plain text). */
export function formatContact(contact: Contact): string {
  const es = spanishOf(contact.role);
  const en = englishOnly(contact.role);
  return [contact.name, es, es ? en : ''].filter(Boolean).join(DASH);
}

/** A source as a form holds it: the locator in Spanish and, where it differs, English. */
export interface SourceDraft {
  doc: string;
  locator: string;
  locatorEn: string;
  quote: string;
}

export function sourceToDraft(source: Source): SourceDraft {
  return { doc: source.doc, locator: spanishOf(source.locator), locatorEn: englishOnly(source.locator), quote: source.quote ?? '' };
}

/** Typed sources, trimmed; rows left empty are dropped. */
export function draftsToSources(drafts: readonly SourceDraft[]): Source[] {
  return drafts
    .filter((s) => s.doc.trim() || s.locator.trim() || s.locatorEn.trim() || s.quote.trim())
    .map((s) => ({
      doc: s.doc.trim(),
      locator: bilingual(s.locator, s.locatorEn),
      ...(s.quote.trim() ? { quote: s.quote.trim() } : {}),
    }));
}

/** A bilingual text as its two typed fields. */
export function textPair(text: LocalizedText | undefined): { es: string; en: string } {
  return { es: spanishOf(text), en: englishOnly(text) };
}
