/**
 * The whole analysis of a network in one pure function: metrics per actor,
 * communities, components, key players, gaps and the convener ranking, with
 * a summary and notes on method. It reports progress and can be cancelled;
 * the Web Worker and the CLI both call it.
 */
import type { Network } from '../model/types';
import { regionLabel } from '../model/regions';
import { pillarOf } from '../model/vocabularies';
import { message, type Message } from '../text/translate';
import { toAdjacency } from './adjacency';
import { toAnalysisGraph, type AnalysisGraph } from './analysis-graph';
import { components as connectedComponents, detectCommunities, type Communities } from './communities';
import { packRanking, rankConveners } from './convener';
import { PATH_PIVOTS, pathStatistics } from './distances';
import { findGaps } from './gaps';
import { keyPlayers, type KeyPlayers } from './key-players';
import { BETWEENNESS_PIVOTS, EXACT_BETWEENNESS_LIMIT, METRIC_COMPUTE, METRICS, type MetricId } from './metrics';
import { runPaths, type PathOutcome } from './path-kernel';
import { DEFAULT_OPTIONS, LARGE_NETWORK_NOTE, withPaths, type AnalysisOptions, type AnalysisResult } from './result';

export * from './result';

/**
 * What the caller already has: the analysis graph, and the shortest-path
 * measures computed elsewhere (in parallel workers), or 'pending' when they
 * will arrive later. Without `paths`, they are computed here.
 */
export interface Prepared {
  graph?: AnalysisGraph;
  paths?: PathOutcome | 'pending';
  /** Communities already found on this graph with these options (the worker posts them first, for the overview). */
  communities?: Communities;
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

export function analyze(
  network: Network,
  options: AnalysisOptions = DEFAULT_OPTIONS,
  hooks: AnalysisHooks = {},
  prepared: Prepared = {},
): AnalysisResult {
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
    values.set(metric.id, METRIC_COMPUTE[metric.id](context));
  }

  step('communities');
  const communities = prepared.communities ?? detectCommunities(graph, options.seed, options.resolution);
  const components = connectedComponents(graph);
  const componentOf = new Map<string, number>();
  components.forEach((members, i) => members.forEach((id) => componentOf.set(id, i + 1)));

  step('keyPlayers');
  // Platforms and events stand for a process, not a party one could engage: left out of the pick unless asked.
  const eligible = options.keyPlayersIncludePlatforms ? undefined : (id: string) => pillar(id) !== 'platform';
  const players = keyPlayers(graph, options.keyPlayers, shouldStop, eligible);

  step('gaps');
  const gaps = findGaps({ network, graph, communities, regionName: regionLabel, today: options.today, quietMonths: options.quietMonths });
  const conveners = packRanking(rankConveners(network, { weights: options.weights }));
  const convenersDocumented = packRanking(rankConveners(network, { weights: options.weights, documentedOnly: true }));
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

function methodNotes(network: Network, options: AnalysisOptions, players: KeyPlayers, estimated: boolean): Message[] {
  const unassessed = network.ties.filter((t) => t.strength === null).length;
  return [
    message('analysis.note.undirected'),
    ...(unassessed > 0 ? [message('analysis.note.unassessedStrength', { count: unassessed, ties: network.ties.length })] : []),
    message(options.distances === 'steps' ? 'analysis.note.steps' : 'analysis.note.weighted'),
    message('analysis.note.communities', { seed: options.seed, resolution: options.resolution }),
    ...(estimated ? [LARGE_NETWORK_NOTE] : []),
    message('analysis.note.keyPlayers', {
      count: options.keyPlayers,
      candidates: players.candidates,
      platforms: options.keyPlayersIncludePlatforms ? '' : message('analysis.note.keyPlayersPlatforms'),
    }),
  ];
}
