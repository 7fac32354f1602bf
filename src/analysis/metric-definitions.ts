/**
 * The per-actor metrics, described as data: what each is called, what it
 * means for a facilitator, how it is computed. The analysis panel, the
 * legend, the CLI's --help and the docs are built from this one registry;
 * the functions that compute them are in `metrics.ts`, loaded only where the
 * analysis runs (the worker, the CLI), not with the first drawing.
 */
import type { LabelKey } from '../model/vocabularies';
import { message, type Message } from '../text/translate';

/** Up to this many actors, betweenness is exact; above, it is estimated from sampled sources. */
export const EXACT_BETWEENNESS_LIMIT = 5000;
export const BETWEENNESS_PIVOTS = 500;
/** Up to this many actors, closeness and path lengths are exact; above, large components are sampled. */
export const EXACT_PATHS_LIMIT = 5000;
export const PATH_PIVOTS = 500;

export const METRIC_IDS = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'constraint',
  'brokerage',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The analysis options a metric can depend on. */
export interface AnalysisParameters {
  distances: 'steps' | 'weighted';
}

export interface MetricDefinition {
  id: MetricId;
  /** What it is called, what a high (or low) value means for a facilitator: keys of the catalogues. */
  label: LabelKey;
  meaning: LabelKey;
  /** How it is computed, with its normalisation (naming the sizes above which the command line estimates). */
  method: LabelKey | Message;
  /** Which end marks a key actor: constraint is better low. */
  keyEnd: 'high' | 'low';
  /** The analysis options that change its values. */
  parameters: readonly (keyof AnalysisParameters)[];
  /** What one value is: its range and unit. */
  output: LabelKey;
}

export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'degree',
    label: 'metric.degree.label',
    meaning: 'metric.degree.meaning',
    method: 'metric.degree.method',
    keyEnd: 'high',
    parameters: [],
    output: 'metric.degree.output',
  },
  {
    id: 'weightedDegree',
    label: 'metric.weightedDegree.label',
    meaning: 'metric.weightedDegree.meaning',
    method: 'metric.weightedDegree.method',
    keyEnd: 'high',
    parameters: [],
    output: 'metric.weightedDegree.output',
  },
  {
    id: 'betweenness',
    label: 'metric.betweenness.label',
    meaning: 'metric.betweenness.meaning',
    method: message('metric.betweenness.method', { limit: EXACT_BETWEENNESS_LIMIT, pivots: BETWEENNESS_PIVOTS }),
    keyEnd: 'high',
    parameters: ['distances'],
    output: 'metric.betweenness.output',
  },
  {
    id: 'closeness',
    label: 'metric.closeness.label',
    meaning: 'metric.closeness.meaning',
    method: message('metric.closeness.method', { limit: EXACT_PATHS_LIMIT, pivots: PATH_PIVOTS }),
    keyEnd: 'high',
    parameters: ['distances'],
    output: 'metric.closeness.output',
  },
  {
    id: 'eigenvector',
    label: 'metric.eigenvector.label',
    meaning: 'metric.eigenvector.meaning',
    method: 'metric.eigenvector.method',
    keyEnd: 'high',
    parameters: [],
    output: 'metric.eigenvector.output',
  },
  {
    id: 'pagerank',
    label: 'metric.pagerank.label',
    meaning: 'metric.pagerank.meaning',
    method: 'metric.pagerank.method',
    keyEnd: 'high',
    parameters: [],
    output: 'metric.pagerank.output',
  },
  {
    id: 'constraint',
    label: 'metric.constraint.label',
    meaning: 'metric.constraint.meaning',
    method: 'metric.constraint.method',
    keyEnd: 'low',
    parameters: [],
    output: 'metric.constraint.output',
  },
  {
    id: 'brokerage',
    label: 'metric.brokerage.label',
    meaning: 'metric.brokerage.meaning',
    method: 'metric.brokerage.method',
    keyEnd: 'high',
    parameters: [],
    output: 'metric.brokerage.output',
  },
];
