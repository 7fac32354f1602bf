/**
 * What the map says in words, in either language: the name of a measure, of
 * a region, of a country abroad; a legend class's range; what a region holds
 * (for the keyboard, screen readers and its tooltip) and what an arc between
 * two regions stands for. Pure, with the language as an argument, so it is
 * tested without a browser; the view passes `locale.current`.
 */
import { label, translate } from '../../text/translate';
import { INTL_LOCALE, formatNumber, localize, type Locale } from '../../model/localized';
import { regionName } from '../../model/regions';
import { formatMonth } from '../../text/languages';
import { PILLAR_LABELS, TIE_TYPE_LABELS, type Pillar, type TieType } from '../../model/vocabularies';
import type { RegionArc, RegionSummary } from '../../analysis/regions';
import type { RegionInfo } from './map-geometry';
import type { Indicator, Measure, MeasureId } from './measures';

/** A measure's name; an indicator's from the study, when it is among those `offered`. */
export function measureLabel(id: MeasureId, offered: readonly Measure[], lang: Locale): string {
  if (id === 'none') return translate(lang, 'map.measure.none');
  if (id === 'actors') return translate(lang, 'map.measure.actors');
  if (id === 'gap') return translate(lang, 'map.measure.gap');
  if (id === 'engagements') return translate(lang, 'map.measure.engagements');
  if (id === 'incidents') return translate(lang, 'map.measure.incidents');
  if (id.startsWith('pillar:')) return translate(lang, 'map.measure.pillar', { pillar: label(lang, PILLAR_LABELS[id.slice(7) as Pillar]) });
  const indicator = offered.find((m) => m.id === id)?.indicator;
  return indicator ? localize(indicator.label, lang) : id;
}

/** The two classes of a yes-or-no measure: the gap says what is missing, an indicator just "yes" and "no". */
export function flagLabels(id: MeasureId, lang: Locale): [yes: string, no: string] {
  return id === 'gap'
    ? [translate(lang, 'map.legend.gapYes'), translate(lang, 'map.legend.gapNo')]
    : [translate(lang, 'map.legend.flagYes'), translate(lang, 'map.legend.flagNo')];
}

/** A legend class: "0 – 7", "17,14 – 34,28", "0" for a class of one value; numbers written as the language writes them. */
export function rangeLabel(range: { from: number; to: number }, lang: Locale): string {
  if (range.from === range.to) return formatNumber(range.from, lang);
  return `${formatNumber(range.from, lang)} – ${formatNumber(range.to, lang)}`;
}

/** A region's name: the one in the user's boundaries, else Peru's in the language (the code itself when unknown). */
export function regionDisplayName(regions: readonly RegionInfo[], code: string, lang: Locale): string {
  return regions.find((r) => r.code === code)?.name || regionName(code, lang);
}

/** A country's name in the language, from its ISO code ("" when the actor is abroad but where is not known). */
export function countryName(code: string, lang: Locale): string {
  return code ? (new Intl.DisplayNames([INTL_LOCALE[lang]], { type: 'region' }).of(code) ?? code) : translate(lang, 'map.countryUnknown');
}

/**
 * What a region holds, in one sentence: "Cusco: 8 actors, 2 companies, no
 * counterpart from state or civil society, Poverty rate: 0.3". The measure
 * is said when it adds to the count (`measure` null otherwise).
 */
export function regionSummary(
  name: string,
  summary: RegionSummary | undefined,
  measure: { label: string; value: number | null | undefined } | null,
  lang: Locale,
): string {
  if (!summary) return translate(lang, 'map.regionEmpty', { name });
  const parts = [translate(lang, 'map.regionActors', { name, count: summary.actors.length })];
  if (summary.companies > 0) parts.push(translate(lang, 'map.regionCompanies', { count: summary.companies }));
  if (summary.missing.length > 0) {
    const missing = summary.missing.map((p) => label(lang, PILLAR_LABELS[p]).toLowerCase()).join(translate(lang, 'map.missingJoin'));
    parts.push(translate(lang, 'map.regionMissing', { missing }));
  }
  if (measure)
    parts.push(
      `${measure.label}: ${measure.value === null || measure.value === undefined ? translate(lang, 'map.noData') : formatNumber(measure.value, lang)}`,
    );
  return parts.join(', ');
}

/** An arc's tooltip and table row: the two regions, how many ties of which types, and their mean trust. */
export function arcTitle(arc: RegionArc, nameOf: (code: string) => string, lang: Locale): string {
  const types = Object.entries(arc.byType)
    .map(([type, n]) => `${label(lang, TIE_TYPE_LABELS[type as TieType])}: ${n}`)
    .join(', ');
  const trust =
    arc.meanTrust === null
      ? translate(lang, 'map.trustNotAssessed')
      : translate(lang, 'map.meanTrust', { trust: formatNumber(arc.meanTrust, lang), assessed: arc.assessed, count: arc.count });
  return `${nameOf(arc.a)} – ${nameOf(arc.b)}: ${translate(lang, 'map.ties', { count: arc.count })} (${types}). ${trust}`;
}

/** The map's sources: where its boundaries come from (the user's file, or Peru's), and an indicator's study and pages. */
export function sourceLine(boundaries: string, indicator: Indicator | undefined, lang: Locale): string {
  const parts = [translate(lang, 'map.sourceBoundaries', { source: boundaries })];
  if (indicator) {
    const source = indicator.sources.map((s) => `${s.doc}, ${localize(s.locator, lang)}`).join('; ');
    parts.push(translate(lang, 'map.sourceIndicator', { source }));
  }
  return parts.join(' · ');
}

/** The period a record measure counts over, for the legend: "ene. 2024 – jun. 2025", "desde …", "hasta …", "todo el registro". */
export function periodLabel(period: { from: string | null; to: string | null }, lang: Locale): string {
  const { from, to } = period;
  if (from && to) return translate(lang, 'map.period.between', { from: formatMonth(from, lang), to: formatMonth(to, lang) });
  if (from) return translate(lang, 'map.period.since', { from: formatMonth(from, lang) });
  if (to) return translate(lang, 'map.period.until', { to: formatMonth(to, lang) });
  return translate(lang, 'map.period.all');
}
