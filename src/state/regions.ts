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

/** Regions to offer in a form, by name; a code already set but unknown here is kept as an option. */
export function regionOptions(locale: Locale, current = ''): { code: string; name: string }[] {
  const options = [...NAMES.keys(), ...Object.keys(OTHER)].map((code) => ({ code, name: regionName(code, locale) }));
  if (current && !options.some((o) => o.code === current)) options.push({ code: current, name: current });
  return options.sort((a, b) => a.name.localeCompare(b.name, locale));
}
