/**
 * Reading one cell of an imported table: empty cells, numbers, lists, yes/no,
 * the aligned " | " lists of sources and contacts, the per-field basis, and
 * the columns no field is mapped to, kept as extra attributes.
 */
import { parseContact } from '../model/text-forms';
import type { Problem } from '../model/types';
import type { Mapping } from './columns';
import { bilingual } from '../model/localized';
import { normalise } from '../model/search';
import { readBasis } from './values';

export interface Table {
  fileName: string;
  headers: string[];
  rows: string[][];
}

/** Column names that must never become object keys. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
export const number = (text: string) => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isNaN(value) ? trimmed : value;
};
export const list = (text: string) =>
  text
    .split(/;/)
    .map((part) => part.trim())
    .filter(Boolean);
export const boolean = (text: string) => {
  const key = normalise(text);
  if (['true', 'yes', 'si', '1', 'x', 'verdadero'].includes(key)) return true;
  if (['false', 'no', '0', 'falso'].includes(key)) return false;
  return text.trim() === '' ? undefined : text.trim();
};

/** Several sources are written as aligned lists separated by " | " in the three source columns. */
export const LIST_SEPARATOR = ' | ';

/** A list written with " | " between items (sources, contacts). The cell is trimmed, so an outer space may be gone. */
export const splitList = (text: string) => text.split(/(?:^|\s)\|(?:\s|$)/);

export function sources(cell: (field: string) => string) {
  const docs = splitList(cell('sourceDoc'));
  const locators = splitList(cell('sourceLocator'));
  const locatorsEn = splitList(cell('sourceLocatorEn'));
  const quotes = splitList(cell('sourceQuote'));
  const count = Math.max(docs.length, locators.length, locatorsEn.length, quotes.length);
  const result = [];
  for (let i = 0; i < count; i++) {
    const [doc = '', locator = '', locatorEn = '', quote = ''] = [
      docs[i]?.trim(),
      locators[i]?.trim(),
      locatorsEn[i]?.trim(),
      quotes[i]?.trim(),
    ];
    if (doc || locator || locatorEn || quote) result.push({ doc, locator: bilingual(locator, locatorEn), ...(quote ? { quote } : {}) });
  }
  return result;
}

/** "influence=assumed; region=assumed" → {influence: 'assumed', region: 'assumed'}. */
export function fieldBasis(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of text.split(';')) {
    const [field, basis] = part.split('=').map((x) => x.trim());
    if (field && basis && !UNSAFE_KEYS.has(field)) result[field] = readBasis(basis).value;
  }
  return result;
}

/** "Ana Leyva — Coordinadora — Coordinator | José Pérez" → contacts. */
export function contacts(text: string) {
  return splitList(text)
    .filter((entry) => entry.trim())
    .map(parseContact);
}

/** Values of columns the mapping does not use, kept as extra attributes. */
export function extras(table: Table, row: string[], mapping: Mapping, problems: Problem[], at: (column: number) => string) {
  const used = new Set(Object.values(mapping));
  const extra: Record<string, string> = {};
  table.headers.forEach((header, i) => {
    if (used.has(i) || !header.trim() || !row[i]?.trim()) return;
    if (UNSAFE_KEYS.has(header.trim())) {
      problems.push({
        path: at(i),
        code: 'invalid',
        severity: 'warning',
        message: 'is not a usable column name; the column was ignored',
        messageEs: 'no es un nombre de columna utilizable; la columna se ignoró',
      });
      return;
    }
    extra[header.trim()] = row[i]!.trim();
  });
  return extra;
}
