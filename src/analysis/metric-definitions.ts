/**
 * The per-actor metrics, described as data: what each is called, what it
 * means for a facilitator, how it is computed. The analysis panel, the
 * legend, the CLI's --help and the docs are built from this one registry;
 * the functions that compute them are in `metrics.ts`, loaded only where the
 * analysis runs (the worker, the CLI), not with the first drawing.
 */
import type { Label } from '../model/vocabularies';

/** Up to this many actors, betweenness is exact; above, it is estimated from sampled sources. */
export const EXACT_BETWEENNESS_LIMIT = 5000;
export const BETWEENNESS_PIVOTS = 500;
/** Up to this many actors, closeness and path lengths are exact; above, large components are sampled. */
export const EXACT_PATHS_LIMIT = 5000;
export const PATH_PIVOTS = 500;

export const METRIC_IDS = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'constraint', 'brokerage'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The analysis options a metric can depend on. */
export interface AnalysisParameters {
  distances: 'steps' | 'weighted';
}

export interface MetricDefinition {
  id: MetricId;
  label: Label;
  /** What a high (or low) value means for a facilitator. */
  meaning: Label;
  /** How it is computed, with its normalisation. */
  method: Label;
  /** Which end marks a key actor: constraint is better low. */
  keyEnd: 'high' | 'low';
  /** The analysis options that change its values. */
  parameters: readonly (keyof AnalysisParameters)[];
  /** What one value is: its range and unit. */
  output: Label;
}

export const METRICS: readonly MetricDefinition[] = [
  {
    id: 'degree',
    label: { en: 'Ties (degree)', es: 'Vínculos (grado)' },
    meaning: {
      en: 'How many other actors this one deals with directly. Many ties: well known and reachable; none: not engaged yet.',
      es: 'Con cuántos actores trata directamente. Muchos vínculos: conocido y alcanzable; ninguno: aún no se ha involucrado.',
    },
    method: {
      en: 'Number of distinct actors tied to it (parallel ties count once), not normalised.',
      es: 'Número de actores distintos vinculados con él (los vínculos paralelos cuentan una vez), sin normalizar.',
    },
    keyEnd: 'high',
    parameters: [],
    output: { en: 'a count of actors, 0 or more', es: 'un número de actores, 0 o más' },
  },
  {
    id: 'weightedDegree',
    label: { en: 'Tie strength (weighted degree)', es: 'Intensidad de vínculos (grado ponderado)' },
    meaning: {
      en: 'The total strength of its ties: strong, repeated relationships weigh more than a single contact.',
      es: 'La intensidad total de sus vínculos: las relaciones fuertes o múltiples pesan más que un contacto aislado.',
    },
    method: {
      en: 'Sum of the strengths (1–3) of all its ties, parallel ties included.',
      es: 'Suma de las intensidades (1–3) de todos sus vínculos, incluidos los paralelos.',
    },
    keyEnd: 'high',
    parameters: [],
    output: { en: 'a sum of strengths, 0 or more', es: 'una suma de intensidades, 0 o más' },
  },
  {
    id: 'betweenness',
    label: { en: 'Go-between (betweenness)', es: 'Intermediación' },
    meaning: {
      en: 'How often it lies on the shortest path between two other actors: a go-between whose absence would make others lose touch.',
      es: 'Con qué frecuencia está en el camino más corto entre otros dos actores: un intermediario sin el cual otros perderían contacto.',
    },
    method: {
      en: `Brandes betweenness, undirected, normalised by 2 / ((n − 1)(n − 2)) so 1 = on every shortest path. Exact at any size in the app (computed in parallel); the command line estimates it above ${EXACT_BETWEENNESS_LIMIT} actors from ${BETWEENNESS_PIVOTS} sampled sources (Brandes & Pich) and says so.`,
      es: `Intermediación de Brandes, no dirigida, normalizada por 2 / ((n − 1)(n − 2)), así 1 = en todos los caminos más cortos. Exacta a cualquier tamaño en la aplicación (calculada en paralelo); la línea de comandos la estima con más de ${EXACT_BETWEENNESS_LIMIT} actores desde ${BETWEENNESS_PIVOTS} fuentes muestreadas (Brandes y Pich) y lo indica.`,
    },
    keyEnd: 'high',
    parameters: ['distances'],
    output: { en: '0–1', es: '0–1' },
  },
  {
    id: 'closeness',
    label: { en: 'Reach (closeness)', es: 'Alcance (cercanía)' },
    meaning: {
      en: 'How few steps it needs to reach everyone it can reach: a good place to spread information quickly.',
      es: 'Cuántos pocos pasos necesita para llegar a todos los que puede alcanzar: buen lugar para difundir información rápido.',
    },
    method: {
      en: `Wasserman–Faust closeness for networks in several components: (r / (n − 1)) · (r / Σ distances), r = actors reached; 0 for isolates. Exact at any size in the app; the command line estimates distances in large components above ${EXACT_PATHS_LIMIT} actors from ${PATH_PIVOTS} sampled sources and says so.`,
      es: `Cercanía de Wasserman–Faust para redes en varios componentes: (r / (n − 1)) · (r / Σ distancias), r = actores alcanzados; 0 para aislados. Exacta a cualquier tamaño en la aplicación; la línea de comandos estima las distancias en componentes grandes con más de ${EXACT_PATHS_LIMIT} actores desde ${PATH_PIVOTS} fuentes muestreadas y lo indica.`,
    },
    keyEnd: 'high',
    parameters: ['distances'],
    output: { en: '0–1', es: '0–1' },
  },
  {
    id: 'eigenvector',
    label: { en: 'Well-connected contacts (eigenvector)', es: 'Contactos influyentes (vector propio)' },
    meaning: {
      en: 'Whether its contacts are themselves well connected: access to the centre of the network rather than its edge.',
      es: 'Si sus contactos están a su vez bien conectados: acceso al centro de la red y no a su periferia.',
    },
    method: {
      en: 'Eigenvector centrality weighted by tie strength, unit Euclidean norm; it concentrates in the best-connected component, so actors elsewhere score near 0.',
      es: 'Centralidad de vector propio ponderada por intensidad, norma euclídea unitaria; se concentra en el componente mejor conectado, así que los actores de otros puntúan cerca de 0.',
    },
    keyEnd: 'high',
    parameters: [],
    output: { en: '0–1 (unit norm)', es: '0–1 (norma unitaria)' },
  },
  {
    id: 'pagerank',
    label: { en: 'PageRank', es: 'PageRank' },
    meaning: {
      en: 'Like well-connected contacts, but fair to small components: where attention flows if people follow ties at random.',
      es: 'Como los contactos influyentes, pero justo con los grupos pequeños: hacia dónde fluye la atención si se siguen vínculos al azar.',
    },
    method: {
      en: 'PageRank on the undirected graph weighted by tie strength, damping 0.85; values sum to 1.',
      es: 'PageRank sobre el grafo no dirigido ponderado por intensidad, amortiguación 0,85; los valores suman 1.',
    },
    keyEnd: 'high',
    parameters: [],
    output: { en: '0–1, summing to 1', es: '0–1, con suma 1' },
  },
  {
    id: 'constraint',
    label: { en: 'Constraint (structural holes)', es: 'Restricción (huecos estructurales)' },
    meaning: {
      en: 'Low constraint: its contacts do not know each other, so it bridges separate groups. High: it sits inside one closed circle.',
      es: 'Restricción baja: sus contactos no se conocen entre sí, así que une grupos separados. Alta: está dentro de un círculo cerrado.',
    },
    method: {
      en: "Burt's constraint Σ_j (p_ij + Σ_q p_iq p_qj)², p = share of tie strength; none for isolates.",
      es: 'Restricción de Burt Σ_j (p_ij + Σ_q p_iq p_qj)², p = parte de la intensidad de sus vínculos; sin valor para aislados.',
    },
    keyEnd: 'low',
    parameters: [],
    output: { en: '0 to about 1.2; none for isolates', es: 'de 0 a cerca de 1,2; sin valor para aislados' },
  },
  {
    id: 'brokerage',
    label: { en: 'Cross-pillar broker', es: 'Puente entre pilares' },
    meaning: {
      en: 'How many pairs of its contacts from different pillars (State, business, civil society, external) are not tied to each other: bridges only it provides.',
      es: 'Cuántos pares de sus contactos de pilares distintos (Estado, empresas, sociedad civil, externos) no están vinculados entre sí: puentes que solo él ofrece.',
    },
    method: {
      en: 'Count of neighbour pairs in different pillars with no tie between them.',
      es: 'Número de pares de vecinos de pilares distintos sin vínculo entre sí.',
    },
    keyEnd: 'high',
    parameters: [],
    output: { en: 'a count of pairs, 0 or more', es: 'un número de pares, 0 o más' },
  },
];
