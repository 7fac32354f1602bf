/**
 * The sample networks shipped with the app, built from the seeds (see
 * data/build). Each is a separate chunk loaded on demand from the app's own
 * origin: nothing is fetched from elsewhere.
 */
export const SAMPLE_IDS = ['lima-2010', 'macro-sur-2017'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

const LOADERS: Record<SampleId, () => Promise<unknown>> = {
  'lima-2010': () => import('../../data/lima-2010.json').then((m) => m.default),
  'macro-sur-2017': () => import('../../data/macro-sur-2017.json').then((m) => m.default),
};

export function loadSample(id: SampleId): Promise<unknown> {
  return LOADERS[id]();
}

export function isSampleId(value: unknown): value is SampleId {
  return typeof value === 'string' && (SAMPLE_IDS as readonly string[]).includes(value);
}
