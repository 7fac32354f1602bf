/**
 * The views of the workspace, registered once as data: each has an address
 * in the URL hash (`#/map`, with the open scenario after it: `#/map/s-…`),
 * a title, what it exports and whether it can be a slide. The shell and the
 * toolbar read this list; every view reads the one shared workspace
 * (network, selection, filters, focus).
 */
import type { MessageKey } from '../i18n/en';

export const VIEW_IDS = ['network', 'table', 'map', 'grid', 'trust', 'engagement', 'matrix', 'compare'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewDefinition {
  id: ViewId;
  title: MessageKey;
  /** What the export menu offers while this view is shown. */
  exports: readonly ('png' | 'svg' | 'tables')[];
  /** Whether a saved slide can show this view. */
  slides: boolean;
  /** Views shown under one toolbar button, switched by tabs inside (the grids). */
  group?: 'grids';
  /** The view draws its whole exported picture itself (title, legend, sources). */
  ownPicture?: boolean;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'network', title: 'view.network', exports: ['png', 'svg'], slides: true },
  { id: 'table', title: 'view.table', exports: ['tables'], slides: false },
  { id: 'map', title: 'view.map', exports: ['png', 'svg'], slides: true },
  { id: 'grid', title: 'view.grid', exports: ['png', 'svg'], slides: true, group: 'grids', ownPicture: true },
  { id: 'trust', title: 'view.trust', exports: ['png', 'svg'], slides: true, group: 'grids', ownPicture: true },
  { id: 'engagement', title: 'view.engagement', exports: ['png', 'svg'], slides: true, group: 'grids', ownPicture: true },
  { id: 'matrix', title: 'view.matrix', exports: ['png', 'svg'], slides: true, group: 'grids', ownPicture: true },
  { id: 'compare', title: 'view.compare', exports: ['png', 'svg', 'tables'], slides: true, ownPicture: true },
];

export const viewDefinition = (id: ViewId): ViewDefinition => VIEWS.find((v) => v.id === id)!;

/** The grids, in the order of their tabs. */
export const GRID_VIEWS = VIEWS.filter((v) => v.group === 'grids');

export const isViewId = (value: string): value is ViewId => (VIEW_IDS as readonly string[]).includes(value);

/** `#/map/s-abc` → the map view of scenario s-abc; anything else → nothing asked for. */
export function parseRoute(hash: string): { view: ViewId | null; scenario: string | null } {
  const [view = '', scenario = ''] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return { view: isViewId(view) ? view : null, scenario: scenario || null };
}

export function routeFor(view: ViewId, scenario: string | null): string {
  return `#/${view}${scenario ? `/${encodeURIComponent(scenario)}` : ''}`;
}
