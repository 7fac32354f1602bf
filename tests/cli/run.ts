/**
 * Runs the command line as a user does: the file package.json's `bin` names
 * (what `npx puentes` runs), with plain Node, no TypeScript loader. It runs
 * the build in dist-cli/, building it first when missing or stale.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const BIN: string = JSON.parse(readFileSync('package.json', 'utf8')).bin.puentes;

export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
