/**
 * The views of the workspace, registered once as data: each has an address
 * in the URL hash (`#/map`, with the open scenario after it: `#/map/s-…`),
 * a title, what it exports and whether it can be a slide. The shell and the
 * toolbar read this list; every view reads the one shared workspace
 * (network, selection, filters, focus).
 */
import type { MessageKey } from '../i18n/en';

export const VIEW_IDS = ['network', 'table', 'map', 'compare'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface ViewDefinition {
  id: ViewId;
  title: MessageKey;
  /** What the export menu offers while this view is shown. */
  exports: readonly ('png' | 'svg' | 'tables')[];
  /** Whether a saved slide can show this view. */
  slides: boolean;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'network', title: 'view.network', exports: ['png', 'svg'], slides: true },
  { id: 'table', title: 'view.table', exports: ['tables'], slides: false },
  { id: 'map', title: 'view.map', exports: ['png', 'svg'], slides: true },
  { id: 'compare', title: 'view.compare', exports: ['png', 'svg', 'tables'], slides: true },
];

export const isViewId = (value: string): value is ViewId => (VIEW_IDS as readonly string[]).includes(value);

/** `#/map/s-abc` → the map view of scenario s-abc; anything else → nothing asked for. */
export function parseRoute(hash: string): { view: ViewId | null; scenario: string | null } {
  const [view = '', scenario = ''] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return { view: isViewId(view) ? view : null, scenario: scenario || null };
}

export function routeFor(view: ViewId, scenario: string | null): string {
  return `#/${view}${scenario ? `/${encodeURIComponent(scenario)}` : ''}`;
}
