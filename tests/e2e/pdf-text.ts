// A PDF's text as a reader's viewer extracts it, with poppler's pdftotext. With an embedded font the text is
// stored as glyph codes, so searching the file's bytes for a word would never find it: read the extracted text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text of each page of a PDF, as pdftotext extracts it (pages are separated by form feeds). */
export function pagesOf(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'puentes-pdf-'));
  const file = join(dir, 'handout.pdf');
  writeFileSync(file, pdf);
  if (process.env.HANDOUT_KEEP) writeFileSync(process.env.HANDOUT_KEEP, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}
