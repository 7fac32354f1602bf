/**
 * How the network is drawn: colours, shapes and line styles, one table per
 * encoding, shared by the stylesheet and the legend so the two cannot drift.
 * Colour is never the only carrier of meaning: the pillar also sets the shape,
 * the tie type also sets the line style, and trust is labelled in the legend.
 */
import type { Pillar, Sector, TieType } from '../model/vocabularies';
import type { NodeShape } from './shapes';

/** Sector colours, one hue family per pillar (blue State, orange business, green civil society, purple external). */
export const SECTOR_COLORS: Record<Sector, string> = {
  state: '#0b5394',
  security_forces: '#5b8fd6',
  company: '#d55e00',
  private_security: '#8c4a1c',
  business_association: '#e69f00',
  civil_society: '#009e73',
  community: '#6a9f2a',
  academia: '#00696b',
  foreign_government: '#7e57c2',
  international_org: '#cc79a7',
  platform: '#4d4d4d',
};

/** Pillar colours, when colouring by pillar: the middle colour of each sector family. */
export const PILLAR_COLORS: Record<Pillar, string> = {
  state: '#0b5394',
  business: '#d55e00',
  civil_society: '#009e73',
  external: '#7e57c2',
  platform: '#4d4d4d',
};

export const PILLAR_SHAPES: Record<Pillar, NodeShape> = {
  state: 'round-rectangle',
  business: 'diamond',
  civil_society: 'ellipse',
  external: 'hexagon',
  platform: 'star',
};

/** Community colours: Tableau 10 (as d3's schemeTableau10) for the ten largest communities, grey for the rest. */
export const COMMUNITY_COLORS: readonly string[] = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];
export const COMMUNITY_OTHER = '#b9b9b9';

/** Trust −2…+2 on a diverging red–blue scale (ColorBrewer RdBu, safe for colour-blind readers). */
export const TRUST_COLORS: Record<'-2' | '-1' | '0' | '1' | '2', string> = {
  '-2': '#b2182b',
  '-1': '#ef8a62',
  '0': '#8c8c8c',
  '1': '#67a9cf',
  '2': '#2166ac',
};
/** Ties whose trust was not assessed: pale and thin, distinct from neutral trust. */
export const TRUST_NOT_ASSESSED = '#d4d4d4';

/** The ring around an actor whose influence the informants do not agree on (towers far apart). */
export const AGREEMENT_RING = '#8e24aa';

/** How a tie type is stroked: a dash pattern (null for solid), a width, and tee ends for conflict. */
export interface TieStroke {
  dash: number[] | null;
  width: number;
  tee?: boolean;
}

export const TIE_STROKES: Record<TieType, TieStroke> = {
  collaboration: { dash: null, width: 2 },
  coordination: { dash: null, width: 1.5 },
  ownership: { dash: null, width: 4 },
  conflict: { dash: null, width: 3, tee: true },
  dialogue: { dash: [8, 4], width: 2 },
  funding: { dash: [12, 3], width: 3 },
  information: { dash: [3, 3], width: 1.2 },
  service: { dash: [10, 3, 2, 3], width: 1.5 },
  training: { dash: [10, 3, 2, 3, 2, 3], width: 2 },
  membership: { dash: [1, 4], width: 1.5 },
};

/**
 * Colouring by months since the last engagement: recent in blue, long ago in orange (ColorBrewer's diverging PuOr
 * family, safe for colour-blind readers), each class its range of whole months. An actor with no engagement recorded
 * is grey: that is not "0 months", and the legend says so.
 */
export const RECENCY_CLASSES: readonly { key: string; from: number; to: number; color: string }[] = [
  { key: 'recent', from: 0, to: 2, color: '#2166ac' },
  { key: 'months3', from: 3, to: 5, color: '#92c5de' },
  { key: 'months6', from: 6, to: 11, color: '#f4a582' },
  { key: 'year', from: 12, to: Infinity, color: '#b35806' },
];
export const NO_ENGAGEMENT = '#bdbdbd';

/** Colouring by open commitments (made or promised to): none in pale grey, then darker purples as they add up. */
export const COMMITMENT_CLASSES: readonly { key: string; from: number; to: number; color: string }[] = [
  { key: 'none', from: 0, to: 0, color: '#eeeeee' },
  { key: 'one', from: 1, to: 1, color: '#bcbddc' },
  { key: 'two', from: 2, to: 2, color: '#807dba' },
  { key: 'more', from: 3, to: Infinity, color: '#54278f' },
];
/** The ring around an actor with an overdue commitment (colouring by open commitments). */
export const OVERDUE_RING = '#b2182b';

/** The class a value falls in (whole numbers, classes in order). */
export const classFor = <C extends { from: number; to: number }>(classes: readonly C[], value: number): C =>
  classes.find((c) => value >= c.from && value <= c.to) ?? classes[classes.length - 1]!;
