/**
 * The Cytoscape stylesheet, built as data: selectors over the element data
 * that `elements.ts` writes, values from `palette.ts`. Pure, so it is tested
 * without a browser.
 */
import type { StylesheetJson } from 'cytoscape';
import { PILLARS, SECTORS, TIE_TYPES } from '../../model/vocabularies';
import { PILLAR_SHAPES, SECTOR_COLORS, TIE_STROKES, TRUST_COLORS, TRUST_NOT_ASSESSED } from './palette';

export function buildStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 26,
        height: 26,
        'font-size': 10,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...SECTORS.map((sector) => ({ selector: `node[sector = "${sector}"]`, style: { 'background-color': SECTOR_COLORS[sector] } })),
    ...PILLARS.map((pillar) => ({ selector: `node[pillar = "${pillar}"]`, style: { shape: PILLAR_SHAPES[pillar] } })),
    { selector: 'node[pillar = "platform"]', style: { width: 34, height: 34 } },
    { selector: 'node[basis = "assumed"]', style: { 'border-style': 'dashed', 'border-color': '#1a1a1a' } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'line-color': TRUST_NOT_ASSESSED,
        'target-arrow-color': TRUST_NOT_ASSESSED,
        'arrow-scale': 0.9,
      },
    },
    ...TIE_TYPES.map((type) => {
      const { dash, width } = TIE_STROKES[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: dash ? { width, 'line-style': 'dashed' as const, 'line-dash-pattern': dash } : { width, 'line-style': 'solid' as const },
      };
    }),
    ...Object.entries(TRUST_COLORS).map(([trust, color]) => ({
      selector: `edge[trust = ${trust}]`,
      style: { 'line-color': color, 'target-arrow-color': color, 'source-arrow-color': color },
    })),
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    ...TIE_TYPES.filter((type) => TIE_STROKES[type].tee).map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'source-arrow-shape': 'tee' as const, 'target-arrow-shape': 'tee' as const },
    })),
    {
      selector: ':selected',
      style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 6 },
    },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1a1a1a', 'font-weight': 'bold' } },
  ];
}
