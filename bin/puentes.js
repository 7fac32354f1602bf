#!/usr/bin/env node
/**
 * `npx puentes …` and `npm run cli -- …`: runs the command line compiled in
 * dist-cli/ (cli.config.js). In a checkout, it builds it first when it is
 * missing or older than one of its sources, so what runs is what src/ says.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const entry = new URL('dist-cli/puentes.mjs', root);

function stale() {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(new URL('dist-cli/inputs.json', root), 'utf8'));
  } catch {
    return true;
  }
  // A source that is gone (an installed copy without src/) does not make the build stale.
  return inputs.some((file) => (statSync(new URL(file, root), { throwIfNoEntry: false })?.mtimeMs ?? 0) > built);
}

if (stale()) {
  const { buildCli } = await import('../cli.config.js');
  await buildCli();
}
await import(entry.href);
