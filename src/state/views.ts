/**
 * The views of the workspace as data: what the rest of the app needs to know
 * of a view without loading it. Each has an address in the URL hash
 * (`#/map`, with the open scenario after it: `#/map/s-…`), a title, what it
 * exports, what a slide keeps of it, and which parts of the screen's chrome
 * it wants. The components are attached in `views/registry.ts`; nothing here
 * imports a view, so the state below can name views without depending on them.
 */
import type { MessageKey } from '../text/en';

export const VIEW_IDS = [
  'network',
  'table',
  'map',
  'timeline',
  'grid',
  'trust',
  'engagement',
  'matrix',
  'compare',
  'session',
  'answers',
  'followup',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** The parts of the screen around a view, shown only for the views that want them. */
export interface Chrome {
  /** Zoom in, zoom out and fit buttons (and the +, − and 0 keys), driven through the session's viewport. */
  zoom: boolean;
  /** The time slider under the drawing. */
  timeSlider: boolean;
  /** The filters, legend and actor list on the left. */
  sidebar: boolean;
  /** The card that follows the pointer over an actor. */
  hoverCard: boolean;
  /** The details panel on the right (shown unless a view says no: a full-screen view such as the mapping session). */
  inspector?: boolean;
}

export interface ViewDefinition {
  id: ViewId;
  title: MessageKey;
  /** What the export menu offers while this view is shown. */
  exports: readonly ('png' | 'svg' | 'tables')[];
  /**
   * What a slide keeps of this view: false when it cannot be a slide; else the view's settings (always), and
   * `camera` when the part of the drawing on screen is kept too (the network drawing's pan and zoom).
   */
  slide: false | { camera: boolean };
  /** Views shown under one toolbar button, switched by tabs above them (the grids). */
  group?: 'grids';
  /** The view draws its whole exported picture itself (title, legend, sources); else the export menu frames it. */
  ownPicture?: boolean;
  /**
   * Drawn from the start and kept on the page, hidden while another view is shown: switching back never lays it out
   * again, and a search or a slide can centre it before it is seen.
   */
  keepAlive?: boolean;
  chrome: Chrome;
  /**
   * Offered in the toolbar only when the network holds what the view is about (informants' answers, engagement
   * records); its address opens it always.
   */
  needs?: 'answers' | 'records';
}

const BARE: Chrome = { zoom: false, timeSlider: false, sidebar: true, hoverCard: false };
const DRAWING: Chrome = { zoom: true, timeSlider: true, sidebar: true, hoverCard: false };

export const VIEWS: readonly ViewDefinition[] = [
  {
    id: 'network',
    title: 'view.network',
    exports: ['png', 'svg'],
    slide: { camera: true },
    keepAlive: true,
    chrome: { ...DRAWING, hoverCard: true },
  },
  { id: 'table', title: 'view.table', exports: ['tables'], slide: false, chrome: BARE },
  { id: 'map', title: 'view.map', exports: ['png', 'svg'], slide: { camera: false }, chrome: DRAWING },
  // Engagements, commitments and incidents on one time axis, with the time slider's month on it. It zooms over time
  // (the keys too) with buttons of its own, in its bar: the stage's would stand over the record's details.
  {
    id: 'timeline',
    title: 'view.timeline',
    exports: ['png', 'svg'],
    slide: false,
    ownPicture: true,
    chrome: { ...DRAWING, zoom: false },
  },
  { id: 'grid', title: 'view.grid', exports: ['png', 'svg'], slide: { camera: false }, group: 'grids', ownPicture: true, chrome: BARE },
  { id: 'trust', title: 'view.trust', exports: ['png', 'svg'], slide: { camera: false }, group: 'grids', ownPicture: true, chrome: BARE },
  {
    id: 'engagement',
    title: 'view.engagement',
    exports: ['png', 'svg'],
    slide: { camera: false },
    group: 'grids',
    ownPicture: true,
    chrome: BARE,
  },
  { id: 'matrix', title: 'view.matrix', exports: ['png', 'svg'], slide: { camera: false }, group: 'grids', ownPicture: true, chrome: BARE },
  {
    id: 'compare',
    title: 'view.compare',
    exports: ['png', 'svg', 'tables'],
    slide: { camera: false },
    ownPicture: true,
    chrome: { ...BARE, sidebar: false },
  },
  // A guided mapping session (Net-Map): full screen, for a tablet on the table or the projector.
  {
    id: 'session',
    title: 'view.session',
    exports: ['png'],
    slide: false,
    ownPicture: true,
    chrome: { ...BARE, sidebar: false, inspector: false },
  },
  // What each informant answered, where they agree and where they do not; the consensus or one informant's answers.
  // Its own choice of answers stands in for the sidebar's.
  { id: 'answers', title: 'view.answers', exports: [], slide: false, needs: 'answers', chrome: { ...BARE, sidebar: false } },
  // What the records say the next meeting should take up: commitments overdue and due soon, actors to contact. Its
  // own print and export (a list, not a picture).
  // Offered once the network records something: the working bar holds on one row at 1920 px without it.
  { id: 'followup', title: 'view.followup', exports: [], slide: false, needs: 'records', chrome: { ...BARE, sidebar: false } },
];

export const viewDefinition = (id: ViewId): ViewDefinition => VIEWS.find((v) => v.id === id)!;

export const isViewId = (value: string): value is ViewId => (VIEW_IDS as readonly string[]).includes(value);

/** The views of a group, in the order of their tabs. */
export const viewsOf = (group: NonNullable<ViewDefinition['group']>): ViewDefinition[] => VIEWS.filter((v) => v.group === group);

/** The grids, in the order of their tabs. */
export const GRID_VIEWS = viewsOf('grids');
export type GridId = 'grid' | 'trust' | 'engagement' | 'matrix';
export const isGridId = (id: ViewId): id is GridId => viewDefinition(id).group === 'grids';
