/// <reference lib="webworker" />
/**
 * The analysis worker: receives a network and options, runs the pure
 * `analyze` kernel, and posts progress and the result. With parallel paths,
 * it first posts the graph's adjacency so the path workers can start, and
 * leaves betweenness and closeness pending. Cancelling is done by the
 * supervisor terminating this worker.
 */
import { toAdjacency } from '../analysis/adjacency';
import { toAnalysisGraph } from '../analysis/analysis-graph';
import { analyze } from '../analysis/analyze';
import { detectCommunities } from '../analysis/communities';
import type { WorkerRequest, WorkerResponse } from './analysis-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, network, options, parallelPaths } = event.data;
  const post = (message: WorkerResponse) => scope.postMessage(message);
  try {
    const graph = toAnalysisGraph(network);
    if (parallelPaths) {
      const { ids, offsets, neighbours, weights } = toAdjacency(graph);
      post({ type: 'adjacency', id, ids, csr: { offsets, neighbours, weights } });
    }
    const communities = detectCommunities(graph, options.seed, options.resolution);
    post({ type: 'communities', id, members: communities.members });
    const result = analyze(
      network,
      options,
      { onProgress: (stage, done, total) => post({ type: 'progress', id, stage, done, total }) },
      { graph, paths: parallelPaths ? 'pending' : undefined, communities },
    );
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
