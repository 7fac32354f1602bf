/** Region names from data/peru-regions.json, for showing ISO 3166-2 codes to people. */
import regionsFile from '../../data/peru-regions.json';
import { compareText, type Locale } from './localized';
import type { Label } from './vocabularies';

const NAMES = new Map<string, Label>(regionsFile.regions.map((r) => [r.code, r.name]));
/** Subdivisions outside Peru that the sample data uses. */
const OTHER: Record<string, Label> = {
  'CO-DC': { en: 'Bogotá, D.C.', es: 'Bogotá, D.C.' },
};

/** A region's name in both languages; the code itself when unknown. */
export function regionLabel(code: string): Label {
  return NAMES.get(code) ?? OTHER[code] ?? { en: code, es: code };
}

export function regionName(code: string, locale: Locale): string {
  return regionLabel(code)[locale];
}

/** Regions to offer in a form, by name; a code already set but unknown here is kept as an option. */
export function regionOptions(locale: Locale, current = ''): { code: string; name: string }[] {
  const options = [...NAMES.keys(), ...Object.keys(OTHER)].map((code) => ({ code, name: regionName(code, locale) }));
  if (current && !options.some((o) => o.code === current)) options.push({ code: current, name: current });
  return options.sort((a, b) => compareText(locale)(a.name, b.name));
}
