/**
 * The Cytoscape stylesheet, built as data: selectors over the element data
 * that `elements.ts` writes, values from `palette.ts`, and `mapData()` for
 * sizes. Pure, so it is tested without a browser.
 */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { PILLARS, SECTORS, TIE_TYPES } from '../../model/vocabularies';
import {
  COMMUNITY_COLORS,
  COMMUNITY_OTHER,
  PILLAR_COLORS,
  PILLAR_SHAPES,
  SECTOR_COLORS,
  TIE_STROKES,
  TRUST_COLORS,
  TRUST_NOT_ASSESSED,
  AGREEMENT_RING,
  COMMITMENT_CLASSES,
  NO_ENGAGEMENT,
  OVERDUE_RING,
  RECENCY_CLASSES,
} from '../../styling/palette';
import { DEFAULT_STYLE, type StyleOptions } from '../../styling/node-values';

/** Node diameter range when sized by a value. */
export const SIZE_RANGE = { min: 18, max: 60, unsized: 26 } as const;

/** A class of values of a node's `field`, as a selector: `node[f >= 3][f <= 5]` (no upper bound for the last). */
const rangeSelector = (field: string, { from, to }: { from: number; to: number }) =>
  `node[${field} >= ${from}]${Number.isFinite(to) ? `[${field} <= ${to}]` : ''}`;

function colorRules({ colorBy, communities = 0 }: StyleOptions): StylesheetJson {
  if (colorBy === 'lastEngaged') {
    // Grey unless a last engagement is recorded (elements carry `engagedMonths` only then).
    return [
      { selector: 'node', style: { 'background-color': NO_ENGAGEMENT } },
      ...RECENCY_CLASSES.map((c) => ({ selector: rangeSelector('engagedMonths', c), style: { 'background-color': c.color } })),
    ];
  }
  if (colorBy === 'commitments') {
    return [
      ...COMMITMENT_CLASSES.map((c) => ({ selector: rangeSelector('openCommitments', c), style: { 'background-color': c.color } })),
      // An overdue commitment rings the actor too, so it is not told by colour alone.
      { selector: 'node[overdue > 0]', style: { 'border-width': 3.5, 'border-color': OVERDUE_RING } },
    ];
  }
  if (colorBy === 'community') {
    return [
      { selector: 'node', style: { 'background-color': COMMUNITY_OTHER } },
      ...Array.from({ length: Math.min(communities, COMMUNITY_COLORS.length) }, (_, i) => ({
        selector: `node[community = ${i + 1}]`,
        style: { 'background-color': COMMUNITY_COLORS[i]! },
      })),
    ];
  }
  return colorBy === 'sector'
    ? SECTORS.map((sector) => ({ selector: `node[sector = "${sector}"]`, style: { 'background-color': SECTOR_COLORS[sector] } }))
    : PILLARS.map((pillar) => ({ selector: `node[pillar = "${pillar}"]`, style: { 'background-color': PILLAR_COLORS[pillar] } }));
}

function sizeRules({ sizeBy, maxDegree, metricRange }: StyleOptions): StylesheetJson {
  if (sizeBy === 'influence') {
    const size = `mapData(influence, 1, 5, ${SIZE_RANGE.min}, ${SIZE_RANGE.max})`;
    // Actors whose influence was not assessed keep the plain size.
    return [{ selector: 'node[influence]', style: { width: size, height: size } }];
  }
  if (sizeBy === 'degree') {
    const size = `mapData(degree, 0, ${Math.max(1, maxDegree)}, ${SIZE_RANGE.min}, ${SIZE_RANGE.max})`;
    return [{ selector: 'node', style: { width: size, height: size } }];
  }
  if (sizeBy !== 'none' && metricRange) {
    const field = `m_${sizeBy}`;
    // A metric that is the same for everyone sizes nobody.
    if (metricRange.max <= metricRange.min) return [];
    const size = `mapData(${field}, ${metricRange.min}, ${metricRange.max}, ${SIZE_RANGE.min}, ${SIZE_RANGE.max})`;
    return [{ selector: `node[${field}]`, style: { width: size, height: size } }];
  }
  return [];
}

/** The least width of a tie at least half of the informants asked reported. */
const AGREED_WIDTH = 2.5;

/** A font size on screen no label reaches: the smallest drawn for a label with no room. */
const HIDDEN_LABEL = 1e6;

/** On a large network, labels smaller than this on screen are not drawn. */
export const MIN_LABEL_PX = 8;

/**
 * `label`: labels keep `px` pixels on screen at zoom `zoom` (their size in
 * the drawing is px / zoom), so zooming in gives them room rather than
 * growing them.
 */
export function buildStylesheet(
  options: StyleOptions = DEFAULT_STYLE,
  label: { px: number; zoom: number } = { px: 11, zoom: 1 },
  /** A large network: straight ties (no bundling of parallel ones), and labels too small on screen not drawn. */
  large = false,
): StylesheetJson {
  const scale = 1 / Math.max(0.01, label.zoom);
  return [
    {
      selector: 'node',
      style: {
        'width': SIZE_RANGE.unsized,
        'height': SIZE_RANGE.unsized,
        'font-size': label.px * scale,
        'font-family': 'system-ui, sans-serif',
        'color': '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4 * scale,
        'text-wrap': 'wrap',
        'text-max-width': `${(110 * label.px * scale) / 11}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': `${scale}px`,
        'border-width': 1.5,
        'border-color': '#ffffff',
        ...(large ? { 'min-zoomed-font-size': MIN_LABEL_PX } : {}),
      },
    },
    ...(options.dark
      ? [{ selector: 'node', style: { 'color': '#ffffff', 'text-background-color': '#1b1f24', 'border-color': '#1b1f24' } }]
      : []),
    // Only actors have labels (edgehandles' ghost node has none).
    { selector: 'node[label]', style: { label: 'data(label)' } },
    ...colorRules(options),
    ...PILLARS.map((pillar) => ({ selector: `node[pillar = "${pillar}"]`, style: { shape: PILLAR_SHAPES[pillar] } })),
    { selector: 'node[pillar = "platform"]', style: { width: 34, height: 34 } },
    ...sizeRules(options),
    { selector: 'node[basis = "assumed"]', style: { 'border-style': 'dashed', 'border-color': '#1a1a1a' } },
    {
      selector: 'edge',
      style: {
        'width': 1.6,
        // Straight, but for the ties that share their two actors with another (below). A bezier tie costs Cytoscape
        // a search for its parallel ties each time it is measured or drawn: on 2,101 ties, a large part of the first
        // frame, for lines drawn straight all the same.
        'curve-style': 'straight',
        'line-color': TRUST_NOT_ASSESSED,
        'target-arrow-color': TRUST_NOT_ASSESSED,
        'source-arrow-color': TRUST_NOT_ASSESSED,
        'arrow-scale': 0.9,
      },
    },
    // Ties sharing their two actors are bundled as curves apart; on a large network all stay straight.
    ...(large ? [] : [{ selector: 'edge[?parallel]', style: { 'curve-style': 'bezier' as const } }]),
    ...TIE_TYPES.map((type) => {
      const { dash, width } = TIE_STROKES[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: dash ? { width, 'line-style': 'dashed' as const, 'line-dash-pattern': dash } : { width, 'line-style': 'solid' as const },
      };
    }),
    // Informants' agreement (agreement-marks.ts), over the type's stroke: reported by only one of those asked, thin
    // and dashed; by at least half of them, solid and no thinner than AGREED_WIDTH.
    { selector: 'edge[agreement = "one"]', style: { 'width': 1, 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
    ...TIE_TYPES.map((type) => ({
      selector: `edge[type = "${type}"][agreement = "most"]`,
      style: { 'width': Math.max(TIE_STROKES[type].width, AGREED_WIDTH), 'line-style': 'solid' as const },
    })),
    ...Object.entries(TRUST_COLORS).map(([trust, color]) => ({
      selector: `edge[trust = ${trust}]`,
      style: { 'line-color': color, 'target-arrow-color': color, 'source-arrow-color': color },
    })),
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    ...TIE_TYPES.filter((type) => TIE_STROKES[type].tee).map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'source-arrow-shape': 'tee' as const, 'target-arrow-shape': 'tee' as const },
    })),
    // The informants do not agree on this actor's influence: a ring around it.
    {
      selector: 'node[?towersDiffer]',
      style: { 'outline-width': 3, 'outline-color': AGREEMENT_RING, 'outline-offset': 2, 'outline-opacity': 1 },
    },
    // Filtered out: faded (still in place, for context) or hidden, as the user chose.
    { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0.2 } },
    { selector: '.hidden', style: { display: 'none' } },
    // A label with no room at this zoom (label-placement.ts); the selection's always has room.
    // Below its smallest size drawn too, so Cytoscape neither renders the text into its cache nor draws it (it would
    // for a transparent label: at 2,000 actors that was a fifth of the first frame), yet still measures it to place.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0, 'min-zoomed-font-size': HIDDEN_LABEL } },
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 * scale } },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 4 * scale },
    },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -4 * scale },
    },
    // Moved clear of a crowd (a label always drawn, with no room beside its actor): shifted as its data says, and
    // joined to its actor by a leader line (NetworkDrawing.svelte).
    {
      selector: 'node.label-moved[labelDx][labelDy]',
      style: {
        'text-margin-x': (node: NodeSingular) => node.data('labelDx') as number,
        'text-margin-y': (node: NodeSingular) => node.data('labelDy') as number,
        'text-background-opacity': 0.9,
      },
    },
    {
      selector: ':selected',
      style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 6 },
    },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1a1a1a', 'font-weight': 'bold' } },
    // Selected by another person of a shared map: a halo of their colour around the actor (its own border kept).
    {
      selector: 'node.peer',
      style: { 'underlay-color': 'data(peer)', 'underlay-opacity': 0.55, 'underlay-padding': 6, 'underlay-shape': 'ellipse' },
    },
    // Drawing a tie (cytoscape-edgehandles).
    { selector: '.eh-source, .eh-target', style: { 'border-width': 3, 'border-color': '#ffbf00' } },
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: { 'line-color': '#ffbf00', 'target-arrow-color': '#ffbf00', 'line-style': 'dashed' },
    },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
  ];
}
