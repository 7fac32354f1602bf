/**
 * Text without its accents, the form in which names and known values are
 * compared. A leaf module: the schema's "did you mean" (closest.ts) and the
 * search both use it, and the search reaches the schema through the types.
 */

/** The text without accents: "Guamán" → "Guaman". */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}
