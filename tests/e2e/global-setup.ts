// Serves the built app (dist/) on a free localhost port for the browser tests.
// `npm test` builds first; when dist/ is missing (running the e2e project
// alone), it is built here.
import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('e2e/global-setup: the preview server did not report a URL.');
  project.provide('baseURL', url);
  return async () => {
    await server?.close();
  };
}
