/**
 * Every user-facing string of the interface, in English and Spanish. The
 * Spanish catalogue is typed against the English one, so a missing
 * translation is a type error. Vocabulary labels (sectors, tie types …) live
 * with the vocabularies in `src/model/vocabularies.ts`.
 */
import { en, type MessageKey } from './en';
import { es } from './es';

export { en, es, type MessageKey };

export const CATALOGUES = { en, es } as const;
