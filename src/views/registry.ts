/**
 * The views, registered once: each definition of `state/views.ts` with the
 * component that draws it, loaded the first time the view is opened. The
 * stage (`shell/Stage.svelte`) draws whichever is current; a view reads the
 * one shared session (`state/session.svelte.ts`) from context, so it takes no
 * props. Adding a view is one folder under `views/` and one line here (and
 * its definition in `state/views.ts`): see docs/architecture.md.
 */
import type { Component } from 'svelte';
import { VIEWS, type ViewDefinition, type ViewId } from '../state/views';

export interface ViewEntry extends ViewDefinition {
  load: () => Promise<{ default: Component }>;
}

const LOADERS: Record<ViewId, ViewEntry['load']> = {
  network: () => import('./network/NetworkView.svelte'),
  table: () => import('./table/TableView.svelte'),
  map: () => import('./map/MapView.svelte'),
  timeline: () => import('./timeline/TimelineView.svelte'),
  grid: () => import('./grids/PowerGrid.svelte'),
  trust: () => import('./grids/TrustMatrix.svelte'),
  engagement: () => import('./grids/EngagementBars.svelte'),
  matrix: () => import('./grids/AdjacencyMatrix.svelte'),
  compare: () => import('./compare/CompareView.svelte'),
  session: () => import('./session/SessionView.svelte'),
  answers: () => import('./answers/AnswersView.svelte'),
  followup: () => import('./followup/FollowUpView.svelte'),
};

/** Each component is asked for once; later draws of the view reuse the same promise. */
function once(load: ViewEntry['load']): ViewEntry['load'] {
  let loading: ReturnType<ViewEntry['load']> | null = null;
  return () => (loading ??= load());
}

export const REGISTRY: readonly ViewEntry[] = VIEWS.map((definition) => ({ ...definition, load: once(LOADERS[definition.id]) }));

export const viewEntry = (id: ViewId): ViewEntry => REGISTRY.find((entry) => entry.id === id)!;
