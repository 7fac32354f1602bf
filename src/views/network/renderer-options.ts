/**
 * Settings of Cytoscape's canvas renderer that its public API does not offer, made on its renderer object, for
 * NetworkDrawing.svelte.
 */
import type { Core } from 'cytoscape';

interface Renderer {
  styleObserver?: MutationObserver;
  resizeObserver?: ResizeObserver;
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  flushRenderedStyleQueue?(): void;
  getCachedZSortedEles?(): unknown;
}
const rendererOf = (instance: Core) => (instance as unknown as { renderer(): Renderer }).renderer();

/**
 * Cytoscape watches its container's attributes and redraws everything 100 ms after any change (it takes it for a
 * change of size); the drawing's data-* attributes change with every edit, so only the container's size is watched.
 * Returns the call that stops watching.
 */
export function watchSizeOnly(instance: Core, container: HTMLElement): () => void {
  const watchers = rendererOf(instance);
  watchers.styleObserver?.disconnect();
  watchers.resizeObserver?.disconnect();
  const resized = new ResizeObserver(() => instance.resize());
  resized.observe(container);
  return () => resized.disconnect();
}

/**
 * A large network moves as a picture: while it is panned or zoomed Cytoscape redraws a cached bitmap without ties,
 * then draws everything again at rest (renderer options it reads on every frame).
 */
export function moveAsPicture(instance: Core, on: boolean): void {
  const renderer = rendererOf(instance);
  renderer.hideEdgesOnViewport = renderer.textureOnViewport = on;
}

/**
 * Works out now what Cytoscape's next frame would before drawing: where each element changed since the last frame is
 * drawn (its label's place, a tie's ends and curve), which the renderer otherwise does at the start of that frame.
 */
export function measureNow(instance: Core): void {
  rendererOf(instance).flushRenderedStyleQueue?.();
}

/** Puts the elements in the order Cytoscape draws them now, which it otherwise does in the next frame drawn. */
export function sortNow(instance: Core): void {
  rendererOf(instance).getCachedZSortedEles?.();
}
