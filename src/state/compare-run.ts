/**
 * One comparison from start to end: both analyses, the matching, the
 * comparison, the diff and the side-by-side layout. Pure; the compare worker
 * runs it, and tests call it directly.
 */
import { analyze, DEFAULT_OPTIONS } from '../analysis/analyze';
import { alignedLayouts } from '../analysis/compare/aligned-layout';
import { compareNetworks } from '../analysis/compare/compare';
import { diffNetworks } from '../analysis/compare/diff';
import { matchActors, matchMaps } from '../analysis/compare/match';
import type { CompareRequest, CompareResult } from './compare-messages';

export function runComparison(request: Omit<CompareRequest, 'id'>, onProgress: (done: number) => void = () => {}): CompareResult {
  const { first, second, decisions, firstPositions, today } = request;
  onProgress(0);
  const resultA = analyze(first, DEFAULT_OPTIONS, { onProgress: (_, done, total) => onProgress((0.45 * done) / total) });
  const resultB = analyze(second, DEFAULT_OPTIONS, { onProgress: (_, done, total) => onProgress(0.45 + (0.45 * done) / total) });
  const matches = matchActors(first, second, decisions);
  const { aToB } = matchMaps(matches);
  const comparison = compareNetworks(first, second, resultA, resultB, matches, today);
  const diff = diffNetworks(first, second, aToB);
  onProgress(0.95);
  const layout = alignedLayouts(first, second, aToB, firstPositions);
  onProgress(1);
  return { comparison, diff, layout };
}
