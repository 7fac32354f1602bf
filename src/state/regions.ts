/** Region names from data/peru-regions.json, for showing ISO 3166-2 codes to people. */
import regionsFile from '../../data/peru-regions.json';
import type { Locale } from '../model/localized';

const NAMES = new Map(regionsFile.regions.map((r) => [r.code, r.name]));
/** Subdivisions outside Peru that the sample data uses. */
const OTHER: Record<string, { en: string; es: string }> = {
  'CO-DC': { en: 'Bogotá, D.C.', es: 'Bogotá, D.C.' },
};

export function regionName(code: string, locale: Locale): string {
  const name = NAMES.get(code) ?? OTHER[code];
  return name ? name[locale] : code;
}
