/// <reference lib="webworker" />
/**
 * The analysis worker: receives a network and options, runs the pure
 * `analyze` kernel, and posts progress and the result. With parallel paths,
 * it first posts the graph's adjacency so the path workers can start, and
 * leaves betweenness and closeness pending. Cancelling is done by the
 * supervisor terminating this worker.
 */
import { toAdjacency } from '../analysis/adjacency';
import { graphFromTopology, type AnalysisGraph } from '../analysis/analysis-graph';
import { analyze } from '../analysis/analyze';
import { detectCommunities, type Communities } from '../analysis/communities';
import type { AnalysisOptions } from '../analysis/result';
import type { WorkerRequest, WorkerResponse } from './analysis-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** What the first message of a run gave, kept for its second. */
let prepared: { id: number; options: AnalysisOptions; parallelPaths: boolean; graph: AnalysisGraph; communities: Communities } | null =
  null;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const { id } = request;
  const post = (message: WorkerResponse) => scope.postMessage(message);
  try {
    if (request.type === 'topology') {
      const { options, parallelPaths = false } = request;
      const graph = graphFromTopology(request.topology);
      if (parallelPaths) {
        const { ids, offsets, neighbours, weights } = toAdjacency(graph);
        post({ type: 'adjacency', id, ids, csr: { offsets, neighbours, weights } });
      }
      const communities = detectCommunities(graph, options.seed, options.resolution);
      post({ type: 'communities', id, members: communities.members });
      prepared = { id, options, parallelPaths, graph, communities };
      return;
    }
    if (prepared?.id !== id) throw new Error('analysis: the network came without its ties.');
    const { options, parallelPaths, graph, communities } = prepared;
    prepared = null;
    const result = analyze(
      request.network,
      options,
      { onProgress: (stage, done, total) => post({ type: 'progress', id, stage, done, total }) },
      { graph, paths: parallelPaths ? 'pending' : undefined, communities },
    );
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
};
