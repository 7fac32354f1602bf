/**
 * The sample networks shipped with the app, built from the seeds (see
 * data/build). Each is a separate chunk loaded on demand from the app's own
 * origin: nothing is fetched from elsewhere.
 */
import type { Position } from './view.svelte';

export const SAMPLE_IDS = ['lima-2010', 'macro-sur-2017'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

const LOADERS: Record<SampleId, () => Promise<unknown>> = {
  'lima-2010': () => import('../../data/lima-2010.json').then((m) => m.default),
  'macro-sur-2017': () => import('../../data/macro-sur-2017.json').then((m) => m.default),
};

export function loadSample(id: SampleId): Promise<unknown> {
  return LOADERS[id]();
}

/**
 * Where each sample's actors are drawn: the force layout's result saved
 * with the sample (`npm run data:layouts`), so opening a sample computes no
 * layout. Actors missing from it (none, unless the data changed since) are
 * placed by the view.
 */
const LAYOUTS: Record<SampleId, () => Promise<Record<string, Position>>> = {
  'lima-2010': () => import('../../data/lima-2010.layout.json').then((m) => m.default as Record<string, Position>),
  'macro-sur-2017': () => import('../../data/macro-sur-2017.layout.json').then((m) => m.default as Record<string, Position>),
};

export function loadSampleLayout(id: SampleId): Promise<Record<string, Position>> {
  return LAYOUTS[id]();
}

export function isSampleId(value: unknown): value is SampleId {
  return typeof value === 'string' && (SAMPLE_IDS as readonly string[]).includes(value);
}
