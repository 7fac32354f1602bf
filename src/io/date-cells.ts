/**
 * Reading a date as people write it in a spreadsheet into the model's partial date (`2017`, `2017-03`,
 * `2017-03-15`): ISO days and months, days written day first as in Peru (`15/03/2017`, `15-03-2017`, `15.03.2017`,
 * so `03/04/2017` is the 3rd of April), months as `03/2017` or in words in either language ("marzo 2017",
 * "March 2017"), and a year alone. A date that does not exist (`31/02/2017`) is not read.
 */
import { normalise } from '../model/search';

const MONTH_WORDS: Record<string, number> = {};
[
  ['enero', 'january', 'ene', 'jan'],
  ['febrero', 'february', 'feb'],
  ['marzo', 'march', 'mar'],
  ['abril', 'april', 'abr', 'apr'],
  ['mayo', 'may'],
  ['junio', 'june', 'jun'],
  ['julio', 'july', 'jul'],
  ['agosto', 'august', 'ago', 'aug'],
  ['septiembre', 'setiembre', 'september', 'sep', 'set', 'sept'],
  ['octubre', 'october', 'oct'],
  ['noviembre', 'november', 'nov'],
  ['diciembre', 'december', 'dic', 'dec'],
].forEach((words, i) => words.forEach((word) => (MONTH_WORDS[word] = i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');

function day(year: number, month: number, date: number): string | null {
  if (month < 1 || month > 12 || date < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return date <= last ? `${year}-${pad(month)}-${pad(date)}` : null;
}

const month = (year: number, m: number) => (m >= 1 && m <= 12 ? `${year}-${pad(m)}` : null);

/** The partial date a cell gives, or null when it is not a date this reads. */
export function readDate(text: string): string | null {
  const t = text.trim();
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})$/))) return m[1]!;
  // ISO: 2017-03-15, 2017/03/15, 2017-03; a spreadsheet's date cell read as text may carry a time.
  if ((m = t.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = t.match(/^(\d{4})[-/](\d{1,2})$/))) return month(+m[1]!, +m[2]!);
  // Day first, as Peru writes it.
  if ((m = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/))) return day(+m[3]!, +m[2]!, +m[1]!);
  if ((m = t.match(/^(\d{1,2})[-/.](\d{4})$/))) return month(+m[2]!, +m[1]!);
  // Words: "15 de marzo de 2017", "marzo de 2017", "March 15, 2017", "March 2017".
  const words = normalise(t)
    .split(' ')
    .filter((w) => w !== 'de' && w !== 'del' && w !== 'of');
  const monthAt = words.findIndex((w) => w in MONTH_WORDS);
  if (monthAt < 0) return null;
  const numbers = words.filter((_, i) => i !== monthAt);
  if (!numbers.every((w) => /^\d+$/.test(w))) return null;
  const year = numbers.find((w) => w.length === 4);
  const date = numbers.find((w) => w.length <= 2);
  if (!year || numbers.length > 2 || (numbers.length === 2 && !date)) return null;
  const mo = MONTH_WORDS[words[monthAt]!]!;
  return date ? day(+year, mo, +date) : month(+year, mo);
}
