/**
 * The command line's build: src/cli/main.ts and its path thread compiled by
 * esbuild into dist-cli/, as JavaScript Node runs without compiling anything
 * at start. Each command and each heavy library (ExcelJS, the XML readers) is
 * its own chunk, loaded only when that command or format is used, so `--help`
 * reads a few small files. The packages stay in node_modules.
 *   node cli.config.js        (npm run build does it after the app's build)
 * bin/puentes.js runs the built file, building it first if it is missing or
 * older than its sources.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('.', import.meta.url));
export const OUT = join(root, 'dist-cli');
/** What the launcher runs; written last, so a build seen complete is complete. */
export const ENTRY = join(OUT, 'puentes.mjs');
/** The source files the build read (node_modules left out), for the launcher to tell a stale build. */
export const INPUTS = join(OUT, 'inputs.json');

export async function buildCli() {
  // Built aside and moved in file by file: two processes that build at once (two tests starting the command
  // line) never leave a half-written file where the other reads. Chunks are named by their content.
  const scratch = join(OUT, `.build-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: { 'puentes': 'src/cli/main.ts', 'path-thread': 'src/cli/path-thread.ts' },
      outdir: scratch,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      // ws's optional native speed-ups: absent here, and ws runs without them.
      external: ['bufferutil', 'utf-8-validate'],
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Packages bundled too: some are named by paths only a bundler resolves (graphology-gexf/browser). Those
      // written for CommonJS require Node's own modules, through a require made here.
      banner: { js: "import { createRequire as __puentesRequire } from 'node:module'; const require = __puentesRequire(import.meta.url);" },
      chunkNames: '[name]-[hash]',
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'));
    writeFileSync(join(scratch, 'inputs.json'), JSON.stringify(inputs));
    const files = listFiles(scratch);
    const last = join(scratch, 'puentes.mjs');
    for (const file of [...files.filter((f) => f !== last), last]) renameSync(file, join(OUT, relative(scratch, file)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

// Run as a script (npm run build): a clean build, without the chunks of earlier ones.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  rmSync(OUT, { recursive: true, force: true });
  await buildCli();
}
