/**
 * The whole analysis of a network in one pure function: metrics per actor,
 * communities, components, key players, gaps and the convener ranking, with
 * a summary and notes on method. It reports progress and can be cancelled;
 * the Web Worker and the CLI both call it.
 */
import type { LocalizedText, Network } from '../model/types';
import { regionLabel } from '../model/regions';
import { pillarOf, type Label, type Pillar } from '../model/vocabularies';
import { toAnalysisGraph, type AnalysisGraph } from './analysis-graph';
import { runPaths, type PathOutcome } from './path-kernel';
import { components as connectedComponents, detectCommunities } from './communities';
import { DEFAULT_WEIGHTS, rankConveners, type ConvenerScore, type Weights } from './convener';
import { pathStatistics, type DistanceMode } from './distances';
import { toAdjacency } from './adjacency';
import { findGaps, type Gap } from './gaps';
import { keyPlayers, type KeyPlayers } from './key-players';
import { BETWEENNESS_PIVOTS, EXACT_BETWEENNESS_LIMIT, METRICS, type MetricId } from './metrics';
import { PATH_PIVOTS } from './distances';

export interface AnalysisOptions {
  /** Distances in steps (default) or weighted by tie strength (a tie of strength s is 1/s long). */
  distances: DistanceMode;
  /** How many key players to look for. */
  keyPlayers: number;
  /** Seed of the Louvain run, so results repeat. */
  seed: number;
  /** Louvain resolution: above 1, more and smaller communities. */
  resolution: number;
  /** Let platforms and events be picked as key players (they are left out by default). */
  keyPlayersIncludePlatforms?: boolean;
  weights: Weights;
}

export const DEFAULT_OPTIONS: AnalysisOptions = { distances: 'steps', keyPlayers: 3, seed: 1, resolution: 1, weights: DEFAULT_WEIGHTS };

export interface ActorMetrics {
  id: string;
  name: LocalizedText;
  pillar: Pillar;
  community: number;
  component: number;
  metrics: Record<MetricId, number | null>;
}

export interface NetworkSummary {
  actors: number;
  ties: number;
  /** Pairs of actors with at least one tie (parallel ties merged). */
  linkedPairs: number;
  /** linkedPairs / (n (n − 1) / 2). */
  density: number;
  components: number;
  largestComponent: number;
  isolates: number;
  averagePathLength: number;
  diameter: number;
  communities: number;
  modularity: number;
}

export interface AnalysisResult {
  networkId: string;
  options: AnalysisOptions;
  summary: NetworkSummary;
  actors: ActorMetrics[];
  communities: string[][];
  components: string[][];
  keyPlayers: KeyPlayers;
  gaps: Gap[];
  conveners: ConvenerScore[];
  /** The same ranking from documented values with a source only (inferred and assumed values cleared). */
  convenersDocumented: ConvenerScore[];
  /** How the analysis was computed, in both languages. */
  method: Label[];
  /**
   * Which figures are estimates, and from how many sampled sources (null:
   * exact). Betweenness above EXACT_BETWEENNESS_LIMIT actors; closeness, the
   * average path length and the diameter when large components are sampled.
   */
  estimates: { betweenness: number | null; paths: number | null };
  /**
   * True while the exact betweenness and closeness (and the path lengths of
   * the summary) are still being computed in parallel workers: those values
   * are null (summary: 0) until `withPaths` fills them in.
   */
  pathsPending?: boolean;
}

/**
 * What the caller already has: the analysis graph, and the shortest-path
 * measures computed elsewhere (in parallel workers), or 'pending' when they
 * will arrive later. Without `paths`, they are computed here.
 */
export interface Prepared {
  graph?: AnalysisGraph;
  paths?: PathOutcome | 'pending';
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis: cancelled');
  }
}

export interface AnalysisHooks {
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Return true to cancel; checked between steps and inside long loops. */
  isCancelled?: () => boolean;
}

export function analyze(network: Network, options: AnalysisOptions = DEFAULT_OPTIONS, hooks: AnalysisHooks = {}, prepared: Prepared = {}): AnalysisResult {
  const shouldStop = () => {
    if (hooks.isCancelled?.()) throw new AnalysisCancelled();
  };
  const stages = METRICS.length + 4;
  let done = 0;
  const step = (stage: string) => {
    shouldStop();
    hooks.onProgress?.(stage, done++, stages);
  };

  const byId = new Map(network.actors.map((a) => [a.id, a]));
  const pillar = (id: string) => pillarOf(byId.get(id)!.sector);
  const graph = prepared.graph ?? toAnalysisGraph(network);
  step('paths');
  // Exact in this thread when the caller has not computed them and the network is small enough; estimated above.
  const external =
    prepared.paths ??
    (graph.order <= EXACT_BETWEENNESS_LIMIT
      ? runPaths(toAdjacency(graph), { weighted: options.distances === 'weighted', betweenness: true, closeness: true }, shouldStop)
      : undefined);
  // Computed here unless the caller has them (or will): betweenness and closeness share their passes.
  const paths = external ? null : pathStatistics(graph, options.distances, shouldStop);
  // The summary's path lengths count steps whatever the closeness distances.
  const stepPaths = external ? null : options.distances === 'steps' ? paths! : pathStatistics(graph, 'steps', shouldStop);
  const context = { graph, distances: options.distances, pillarOf: pillar, shouldStop, paths: paths ?? undefined };

  const values = new Map<MetricId, Map<string, number | null>>();
  for (const metric of METRICS) {
    step(metric.id);
    if (external && PATH_METRICS.has(metric.id)) continue;
    values.set(metric.id, metric.compute(context));
  }

  step('communities');
  const communities = detectCommunities(graph, options.seed, options.resolution);
  const components = connectedComponents(graph);
  const componentOf = new Map<string, number>();
  components.forEach((members, i) => members.forEach((id) => componentOf.set(id, i + 1)));

  step('keyPlayers');
  // Platforms and events stand for a process, not a party one could engage: left out of the pick unless asked.
  const eligible = options.keyPlayersIncludePlatforms ? undefined : (id: string) => pillar(id) !== 'platform';
  const players = keyPlayers(graph, options.keyPlayers, shouldStop, eligible);

  step('gaps');
  const gaps = findGaps({ network, graph, communities, regionName: regionLabel });
  const conveners = rankConveners(network, { weights: options.weights });
  const convenersDocumented = rankConveners(network, { weights: options.weights, documentedOnly: true });
  hooks.onProgress?.('done', stages, stages);

  const n = graph.order;
  const result: AnalysisResult = {
    networkId: network.id,
    options,
    summary: {
      actors: n,
      ties: network.ties.length,
      linkedPairs: graph.size,
      density: n > 1 ? graph.size / ((n * (n - 1)) / 2) : 0,
      components: components.length,
      largestComponent: components[0]?.length ?? 0,
      isolates: graph.nodes().filter((id) => graph.degree(id) === 0).length,
      averagePathLength: stepPaths?.averagePathLength ?? 0,
      diameter: stepPaths?.diameter ?? 0,
      communities: communities.members.length,
      modularity: communities.modularity,
    },
    actors: network.actors.map((a) => ({
      id: a.id,
      name: a.name,
      pillar: pillarOf(a.sector),
      community: communities.of.get(a.id) ?? 0,
      component: componentOf.get(a.id) ?? 0,
      metrics: Object.fromEntries(METRICS.map((m) => [m.id, values.get(m.id)?.get(a.id) ?? null])) as Record<MetricId, number | null>,
    })),
    communities: communities.members,
    components,
    keyPlayers: players,
    gaps,
    conveners,
    convenersDocumented,
    method: methodNotes(network, options, players, paths?.estimated ?? false),
    estimates: {
      betweenness: !external && n > EXACT_BETWEENNESS_LIMIT ? Math.min(BETWEENNESS_PIVOTS, n) : null,
      paths: paths?.estimated ? PATH_PIVOTS : null,
    },
  };
  if (external === 'pending') result.pathsPending = true;
  return external && external !== 'pending' ? withPaths(result, graph.nodes(), external) : result;
}

/** The measures that come from the shortest-path passes. */
const PATH_METRICS = new Set<MetricId>(['betweenness', 'closeness']);

/**
 * The result with the exact betweenness, closeness and path lengths filled
 * in. `ids` are the actors in the order of the passes' indices (the
 * analysis graph's node order).
 */
export function withPaths(result: AnalysisResult, ids: readonly string[], outcome: PathOutcome): AnalysisResult {
  const index = new Map(ids.map((id, i) => [id, i]));
  const value = (values: Float64Array | null, id: string) => {
    const i = index.get(id);
    return values && i !== undefined ? values[i]! : null;
  };
  return {
    ...result,
    actors: result.actors.map((a) => ({
      ...a,
      metrics: { ...a.metrics, betweenness: value(outcome.betweenness, a.id), closeness: value(outcome.closeness, a.id) },
    })),
    summary: { ...result.summary, averagePathLength: outcome.averagePathLength, diameter: outcome.diameter },
    method: result.method.filter((note) => note !== LARGE_NETWORK_NOTE),
    estimates: { betweenness: null, paths: null },
    pathsPending: false,
  };
}

const LARGE_NETWORK_NOTE: Label = {
  en: 'This network is large: closeness, average path length and betweenness are estimated from sampled sources; the longest path is the longest seen from them.',
  es: 'Esta red es grande: la cercanía, la longitud media de camino y la intermediación se estiman desde fuentes muestreadas; el camino más largo es el más largo visto desde ellas.',
};

function methodNotes(network: Network, options: AnalysisOptions, players: KeyPlayers, estimated: boolean): Label[] {
  const unassessed = network.ties.filter((t) => t.strength === null).length;
  return [
    {
      en: 'Computed on the undirected network: parallel ties between two actors are merged (weight = sum of strengths), self-loops ignored.',
      es: 'Calculado sobre la red no dirigida: los vínculos paralelos entre dos actores se fusionan (peso = suma de intensidades) y se ignoran los bucles.',
    },
    ...(unassessed > 0
      ? [{
          en: `${unassessed} of ${network.ties.length} ties have no assessed strength; they count as strength 1.`,
          es: `${unassessed} de ${network.ties.length} vínculos no tienen intensidad evaluada; cuentan como intensidad 1.`,
        }]
      : []),
    options.distances === 'steps'
      ? { en: 'Distances count steps (each tie is one step).', es: 'Las distancias cuentan pasos (cada vínculo es un paso).' }
      : {
          en: 'Distances are weighted: a tie of strength s is 1/s long, so strong ties are shorter.',
          es: 'Las distancias son ponderadas: un vínculo de intensidad s mide 1/s, así que los vínculos fuertes son más cortos.',
        },
    {
      en: `Communities: Louvain (seed ${options.seed}, resolution ${options.resolution}). Closeness: Wasserman–Faust variant for networks in several components. Average path length over pairs that can reach each other.`,
      es: `Comunidades: Louvain (semilla ${options.seed}, resolución ${options.resolution}). Cercanía: variante de Wasserman–Faust para redes en varios componentes. Longitud media de camino entre pares que se alcanzan.`,
    },
    ...(estimated ? [LARGE_NETWORK_NOTE] : []),
    {
      en: `Key players: greedy search for the ${options.keyPlayers} actors whose removal most raises fragmentation (Borgatti), ${players.candidates} candidates tried per step${options.keyPlayersIncludePlatforms ? '' : '; platforms and events stay in the network but are not picked'}.`,
      es: `Actores clave: búsqueda voraz de los ${options.keyPlayers} actores cuya salida más aumenta la fragmentación (Borgatti), ${players.candidates} candidatos probados por paso${options.keyPlayersIncludePlatforms ? '' : '; las plataformas y eventos siguen en la red pero no se eligen'}.`,
    },
  ];
}
