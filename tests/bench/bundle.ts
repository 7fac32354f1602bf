/**
 * What the browser downloads before the first network is drawn (the entry
 * script and what index.html preloads with it) and each chunk loaded later,
 * gzip-compressed as a server would send them. Reads the build in `dist/`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  initial: { file: string; gzip: number }[];
  initialGzip: number;
  lazy: { file: string; gzip: number }[];
}

export function bundleReport(dist = 'dist'): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const size = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const initial = referenced.map((file) => ({ file, gzip: size(file) }));
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(js|css)$/.test(file) && !referenced.includes(file))
    .map((file) => ({ file, gzip: size(file) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { initial, initialGzip: initial.reduce((sum, f) => sum + f.gzip, 0), lazy };
}
