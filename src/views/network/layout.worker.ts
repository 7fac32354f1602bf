/// <reference lib="webworker" />
/**
 * The layout worker: refines a large network's drawing (large-layout.ts) off
 * the UI thread, telling its progress. Stopped by its supervisor (LayoutRefiner)
 * when the user stops it or the drawing changes.
 */
import { refineLayout, type LayoutInput, type LayoutOutput } from './large-layout';

export type LayoutResponse = { type: 'progress'; done: number; total: number } | ({ type: 'done' } & LayoutOutput);

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutInput>) => {
  const post = (message: LayoutResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  const { x, y } = refineLayout(event.data, (done, total) => post({ type: 'progress', done, total }));
  post({ type: 'done', x, y }, [x.buffer, y.buffer]);
};
