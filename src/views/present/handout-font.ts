/**
 * The handout's font, embedded in the PDF: the standard PDF fonts have no en
 * dash, arrow or Greek letter for every reader's viewer, so "0 – 7" printed as
 * "0  7" and "→" as "!’". DejaVu Sans Condensed (regular and bold, as wide as
 * the system fonts the pictures are laid out for; subset to the Latin,
 * punctuation, arrow and symbol blocks; licence in public/fonts/) ships with
 * the app and is fetched from it only when a handout is made.
 */
import type { jsPDF } from 'jspdf';

/** The family name the handout's text and its pictures are set in. */
export const HANDOUT_FONT = 'DejaVu Sans Condensed';

const FILES = { normal: 'DejaVuSansCondensed.ttf', bold: 'DejaVuSansCondensed-Bold.ttf' } as const;

/** A TrueType file as the binary string jsPDF's virtual file system takes. */
function binaryString(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return text;
}

/** Registers the handout's font, regular and bold, with a new PDF. */
export async function embedHandoutFont(pdf: jsPDF): Promise<void> {
  const files = await Promise.all(
    Object.entries(FILES).map(async ([style, file]) => {
      const response = await fetch(`${import.meta.env.BASE_URL}fonts/${file}`);
      if (!response.ok) throw new Error(`handout-font: ${file} could not be loaded (HTTP ${response.status}).`);
      return { style, file, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
  for (const { style, file, bytes } of files) {
    pdf.addFileToVFS(file, binaryString(bytes));
    pdf.addFont(file, HANDOUT_FONT, style);
  }
}
