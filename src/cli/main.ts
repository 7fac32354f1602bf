/**
 * The Puentes command line, over the same model, readers, writers and
 * analysis code as the app. Built into dist-cli/ (cli.config.js) and run by
 * bin/puentes.js:
 *   npx puentes analyze <network> [--format json|csv] [--out file] [--estimate]
 *   npx puentes compare <first> <second> [--format json|csv] [--match file]
 *   npx puentes convert <in> [<ties.csv>] <out>
 *   npx puentes serve [--port 8787] [--data ./rooms] [--host 0.0.0.0]
 * A network is a file in any format the app imports, or `actors.csv+ties.csv`.
 * Each command's code is loaded when it is asked for, and each file format's
 * when a file in it is read or written, so `--help` and `--version` start at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { BETWEENNESS_PIVOTS as PIVOTS, EXACT_BETWEENNESS_LIMIT as EXACT_LIMIT, METRICS } from '../analysis/metric-definitions';
import { GAP_RULES } from '../analysis/gaps';
import { CRITERION_DEFINITIONS } from '../analysis/convener';
import type { MatchDecisions } from '../analysis/compare/match';
import type { Format } from './analyze-command';
import type { Network, Problem } from '../model/types';
import { loadCatalogues } from '../text/catalogues';
import { formatNumber } from '../text/languages';
import { label } from '../text/translate';

/** The usage text: a function, as the metrics', rules' and criteria's names come from the catalogues, loaded in `main`. */
const help = () => `Usage: npx puentes analyze <network> [options]
       npx puentes compare <first> <second> [--format json|csv] [--match file] [--out file] [--lang es|en]
       npx puentes convert <in> [<ties.csv>] <out> [--lang es|en] [--edge-list] [--skip-bad]
       npx puentes serve [--port 8787] [--data ./rooms] [--host 0.0.0.0] [--max-message bytes] [--quiet]
       (or npm run cli -- …, in a checkout of Puentes)

A <network> is a file in any format the app imports (Puentes JSON, GEXF,
GraphML, Excel .xlsx, an edge list CSV) or a CSV of actors and a CSV of ties
joined by "+": actors.csv+ties.csv.

compare matches the actors of two networks (same id, then the same name, short
name or alias without accents; weaker name matches are suggested, not used)
and prints both summaries with the difference, the shared actors with their
measures in each, the gap rules firing in one, the other or both, and the diff
(actors and ties added, removed and changed field by field). --match names a
JSON file of decisions, {"confirmed": [["first-id","second-id"]], "rejected":
[...]}, as the app's compare view exports them. --format csv prints four
tables (summary, shared actors, gaps, changes) one after another; with --out
<base>.csv they are written to <base>-summary.csv, <base>-shared.csv … instead.

convert reads a network in any format the app imports — Puentes JSON, GEXF,
GraphML, Excel (.xlsx), a CSV of actors with a CSV of ties, or an edge list
(source,target[,weight] / origen,destino[,peso]) — and writes it in the format
<out> names: .json, .gexf, .graphml, .xlsx, or .csv (two files, <out>-actors.csv
and <out>-ties.csv; with --edge-list, one edge list). Problems are reported
with their place, as in the app; if records had to be left out nothing is
written unless --skip-bad is given.

serve shares maps with a working group: a Yjs server (Hocuspocus) that keeps
each room in a file of the --data folder and serves the built app at the same
address, so others on the local network need only the link it prints (and its
QR code). Every value arrives sealed by the browsers; the server reads none.
GET /health answers with the rooms open and the connections. Stop with Ctrl+C.

analyze reads a network (any format above) and prints
per-actor metrics, communities, key players, gaps and the convener ranking.
Betweenness and closeness are exact at every size, as in the app: their
shortest paths run on every core, with their progress on standard error.

Options:
  --format json|csv     json (default): the whole analysis; csv: one row per actor
                        with every metric, community, component, convener rank and gaps
  --out <file>          write to a file instead of standard output
  --distances steps|weighted
                        steps (default): each tie is one step; weighted: a tie of
                        strength s is 1/s long
  --key-players <k>     how many key players to find (default 3)
  --seed <n>            Louvain seed (default 1), so communities repeat
  --lang es|en          language of CSV headers, names and labels (default es)
  --estimate            the quick figure: above ${formatNumber(EXACT_LIMIT, 'en')} actors, estimate betweenness,
                        closeness and path lengths from ${PIVOTS} sampled sources (the
                        output says which figures are estimates)
  --quiet               no progress on standard error (problems are still reported)
  -v, --version         the version of Puentes
  -h, --help            this text

How it computes: on the undirected network, where parallel ties between two
actors are merged (weight = sum of strengths) and self-loops are ignored.
Closeness is the Wasserman–Faust variant, correct for networks in several
components. Betweenness is normalised by 2/((n-1)(n-2)).

Metrics:
${METRICS.map((m) => `  ${m.id.padEnd(15)} ${label('en', m.label)}. ${label('en', m.method)}`).join('\n')}

Gap rules:
${GAP_RULES.map((r) => `  ${r.id.padEnd(28)} ${label('en', r.label)}`).join('\n')}

Convener criteria (2010 study): ${CRITERION_DEFINITIONS.map((c) => label('en', c.label).toLowerCase()).join(', ')}.

Exit codes: 0 success; 1 invalid input (the problems are listed with their
place in the file); 2 wrong usage.
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'format': { type: 'string', default: 'json' },
        'out': { type: 'string' },
        'distances': { type: 'string', default: 'steps' },
        'key-players': { type: 'string', default: '3' },
        'seed': { type: 'string', default: '1' },
        'lang': { type: 'string', default: 'es' },
        'match': { type: 'string' },
        'edge-list': { type: 'boolean', default: false },
        'skip-bad': { type: 'boolean', default: false },
        'estimate': { type: 'boolean', default: false },
        'quiet': { type: 'boolean', default: false },
        'port': { type: 'string', default: '8787' },
        'host': { type: 'string', default: '0.0.0.0' },
        'data': { type: 'string', default: './rooms' },
        'max-message': { type: 'string', default: String(32 * 1024 * 1024) },
        'version': { type: 'boolean', short: 'v' },
        'help': { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`puentes: ${error instanceof Error ? error.message : String(error)}\n\n${help()}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`puentes ${version}\n`);
    return 0;
  }
  // Both languages before anything is read or written: vocabulary labels are read back in either, and --lang chooses.
  await loadCatalogues();
  if (values.help || positionals.length === 0) {
    process.stdout.write(help());
    return values.help ? 0 : 2;
  }
  const [command, file] = positionals;
  if (command === 'convert') return convert(positionals.slice(1), values);
  if (command === 'serve') return serve(values);
  if (command === 'compare') return compare(positionals.slice(1), values);
  if (command !== 'analyze' || !file || positionals.length > 3) {
    process.stderr.write(`puentes: unknown command "${positionals.join(' ')}"\n\n${help()}`);
    return 2;
  }
  const format = values.format as Format;
  if (format !== 'json' && format !== 'csv') return usage(`--format must be json or csv, not "${values.format}"`);
  if (values.distances !== 'steps' && values.distances !== 'weighted') return usage('--distances must be steps or weighted');
  const k = Number(values['key-players']);
  const seed = Number(values.seed);
  if (!Number.isInteger(k) || k < 1) return usage('--key-players must be a whole number from 1');
  if (!Number.isInteger(seed)) return usage('--seed must be a whole number');
  if (values.lang !== 'es' && values.lang !== 'en') return usage(`--lang must be es or en, not "${values.lang}"`);

  // For a large file the path threads start while it is read (a thread takes a while to load its code); for a
  // smaller one, when a network above IN_THREAD_LIMIT actors needs them; with --estimate, perhaps never.
  const [{ runAnalyze, IN_THREAD_LIMIT }, { PathPool }, { spawnPathThread, THREADS }] = await Promise.all([
    import('./analyze-command'),
    import('../analysis/parallel-paths'),
    import('./path-threads'),
  ]);
  const paths = inputPaths(file).concat(positionals.slice(2));
  const size = paths.reduce((sum, path) => sum + (statSync(path, { throwIfNoEntry: false })?.size ?? 0), 0);
  const started = values.estimate || size < 1 << 20 ? [] : Array.from({ length: THREADS }, spawnPathThread);
  const pool = new PathPool(() => started.pop() ?? spawnPathThread(), THREADS);
  try {
    const read = await readInput(positionals.slice(1));
    if (!read) return 1;
    const n = read.network?.actors.length ?? 0;
    const how = values.estimate && n > EXACT_LIMIT ? 'sampled' : n <= IN_THREAD_LIMIT ? 'here' : THREADS;
    const progress = values.quiet ? null : progressReporter(file, read.network, how);
    const outcome = await runAnalyze(read, format, { distances: values.distances, keyPlayers: k, seed }, values.lang, {
      estimate: values.estimate ?? false,
      pool: () => pool,
      onPaths: progress?.paths,
      onStage: progress?.stage,
    });
    for (const problem of outcome.code === 0 ? outcome.problems : [])
      process.stderr.write(`puentes: warning: ${file}: ${problem.path}: ${problem.message}\n`);
    if (outcome.code !== 0) {
      process.stderr.write(`puentes: ${file} has ${outcome.problems.length} problem(s):\n`);
      for (const problem of outcome.problems) process.stderr.write(`  ${file}: ${problem.path}: ${problem.message}\n`);
      return outcome.code;
    }
    progress?.done();
    if (values.out) writeFileSync(values.out, outcome.output);
    else process.stdout.write(outcome.output);
    return 0;
  } finally {
    pool.close();
    started.forEach((thread) => thread.terminate());
  }
}

/**
 * The lines `analyze` writes on standard error while it works, so a batch's log shows where a long run is: what is
 * computed how, the shortest-path passes by tenths of the sources (at most a line a second, so a quick run says only
 * when they are done), each stage on a large network, and the time taken. Never on standard output, which holds only
 * the result.
 */
function progressReporter(file: string, network: Network | null, how: 'sampled' | 'here' | number) {
  if (!network) return null;
  const started = performance.now();
  let lastLine = started;
  let tenths = 0;
  const say = (line: string) => {
    lastLine = performance.now();
    process.stderr.write(`puentes: ${line}\n`);
  };
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const count = (value: number) => formatNumber(value, 'en');
  const n = network.actors.length;
  const sampled = how === 'sampled';
  say(
    `analysing ${file}: ${count(n)} actors, ${count(network.ties.length)} ties; betweenness and closeness ${
      how === 'sampled'
        ? `estimated from ${PIVOTS} sampled sources (--estimate)`
        : how === 'here'
          ? 'exact'
          : `exact, shortest paths on ${how} thread${how === 1 ? '' : 's'}`
    }`,
  );
  return {
    paths: (done: number, total: number) => {
      if (done >= total) return say(`shortest paths from all ${count(total)} actors: done, ${seconds()}`);
      const reached = Math.floor((done * 10) / total);
      if (reached <= tenths || performance.now() - lastLine < 1000) return;
      tenths = reached;
      say(`shortest paths from ${count(done)} of ${count(total)} actors (${reached * 10}%), ${seconds()}`);
    },
    stage: (stage: string) => {
      if (stage === 'done')
        say(`${typeof how === 'number' ? 'measures but betweenness and closeness' : 'measures'}, communities, gaps: done, ${seconds()}`);
      // Each step's start too on a large network, where one can take a minute.
      else if (n > EXACT_LIMIT && (sampled || !PATH_STAGES.has(stage))) say(`${STAGES[stage] ?? `computing ${stage}`}, ${seconds()}`);
    },
    done: () => say(`analysis done in ${seconds()}`),
  };
}

/** What `analyze` does at each of its stages, for its progress lines (a measure's stage is its id). */
const STAGES: Record<string, string> = {
  paths: `estimating shortest paths from ${PIVOTS} sampled sources`,
  communities: 'finding communities (Louvain) and components',
  keyPlayers: 'finding key players',
  gaps: 'finding gaps, ranking conveners',
};
/** The stages whose work the path threads do when the figures are exact. */
const PATH_STAGES = new Set(['paths', 'betweenness', 'closeness']);

/** `actors.csv+ties.csv` (when no file has that very name) is a pair of CSV files. */
function inputPaths(arg: string): string[] {
  return !existsSync(arg) && arg.includes('+') ? arg.split('+') : [arg];
}

/** Reads one network from its file(s); null (with the reason on stderr) when it cannot be read at all. */
async function readInput(args: string[]): Promise<{ network: Network | null; problems: Problem[] } | null> {
  const paths = args.length === 1 ? inputPaths(args[0]!) : args;
  try {
    const { readNetworkFiles } = await import('./convert-command');
    return await readNetworkFiles(paths);
  } catch (error) {
    process.stderr.write(`puentes: cannot read ${paths.join(', ')}: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
}

async function compare(args: string[], values: { format?: string; lang?: string; match?: string; out?: string }): Promise<number> {
  if (args.length !== 2) return usage('compare takes two networks: compare <first> <second>');
  if (values.format !== 'json' && values.format !== 'csv') return usage(`--format must be json or csv, not "${values.format}"`);
  if (values.lang !== 'es' && values.lang !== 'en') return usage(`--lang must be es or en, not "${values.lang}"`);
  const [{ parseDecisions, runCompare }, { SHEET_NAMES }] = await Promise.all([
    import('./compare-command'),
    import('../io/comparison-export'),
  ]);
  let decisions: MatchDecisions | undefined;
  if (values.match) {
    let text: string;
    try {
      text = readFileSync(values.match, 'utf8');
    } catch (error) {
      process.stderr.write(`puentes: cannot read ${values.match}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    const parsed = parseDecisions(text, values.match);
    if (!parsed.decisions) {
      report(parsed.problems, true, '', 'nothing compared');
      return 1;
    }
    decisions = parsed.decisions;
  }
  const inputs: { network: Network; title: string }[] = [];
  for (const arg of args) {
    const read = await readInput([arg]);
    if (!read) return 1;
    const failed = !read.network || read.problems.some((p) => p.severity === 'error');
    report(read.problems, failed, arg, 'nothing compared');
    if (failed) return 1;
    inputs.push({ network: read.network!, title: basename(inputPaths(arg)[0]!).replace(/\.[^.]+$/, '') });
  }
  const { output, tables } = runCompare(inputs[0]!, inputs[1]!, decisions, values.format, values.lang);
  if (values.out && values.format === 'csv') {
    const { toCsv } = await import('../io/csv');
    const base = values.out.replace(/\.csv$/i, '');
    for (const [key, table] of Object.entries(tables)) {
      const name = `${base}-${key}.csv`;
      writeFileSync(name, toCsv(table.headers, table.rows));
      process.stderr.write(`puentes: wrote ${name} (${label(values.lang, SHEET_NAMES[key as keyof typeof SHEET_NAMES])})\n`);
    }
  } else if (values.out) writeFileSync(values.out, output);
  else process.stdout.write(output);
  return 0;
}

/** Lists problems, each with its place (prefixed by the file when the place does not name it). */
function report(problems: Problem[], failed: boolean, file = '', outcome = 'nothing written'): void {
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (failed)
    process.stderr.write(
      `puentes: ${file ? `${file}: ` : ''}${problems.length} problem(s), ${errors} of them records left out; ${outcome}:\n`,
    );
  listProblems(problems, file);
}

function listProblems(problems: Problem[], file = ''): void {
  const where = (path: string) => (file && !path.includes(file) ? `${file}: ${path}` : path);
  for (const problem of problems)
    process.stderr.write(`  ${problem.severity === 'error' ? 'error' : 'warning'}: ${where(problem.path)}: ${problem.message}\n`);
}

async function convert(paths: string[], values: { 'lang'?: string; 'edge-list'?: boolean; 'skip-bad'?: boolean }): Promise<number> {
  if (paths.length < 2 || paths.length > 3) return usage('convert takes one or two input files and one output file');
  if (values.lang !== 'es' && values.lang !== 'en') return usage(`--lang must be es or en, not "${values.lang}"`);
  const inputs = paths.slice(0, -1);
  const output = paths.at(-1)!;
  let outcome;
  try {
    const { runConvert } = await import('./convert-command');
    outcome = await runConvert(inputs, output, {
      lang: values.lang,
      edgeList: values['edge-list'] ?? false,
      skipBad: values['skip-bad'] ?? false,
    });
  } catch (error) {
    process.stderr.write(`puentes: cannot read ${inputs.join(', ')}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (outcome.leftOut > 0 && outcome.code !== 0) {
    // Readable, but some records cannot be carried over: say how many and why, and how to write the rest anyway.
    process.stderr.write(
      `puentes: ${leftOutSummary(outcome.problems)}; nothing written. Use --skip-bad to leave them out and write the rest.\n`,
    );
    listProblems(outcome.problems);
  } else report(outcome.problems, outcome.code !== 0);
  if (outcome.code !== 0) return outcome.code;
  for (const file of outcome.files) {
    writeFileSync(file.name, typeof file.content === 'string' ? file.content : Buffer.from(file.content));
    process.stderr.write(`puentes: wrote ${file.name}\n`);
  }
  return 0;
}

/** What a kind of problem makes of a record, one and several: "3 ties from an actor to itself". */
const LEFT_OUT_KINDS: Partial<Record<Problem['code'], [string, string]>> = {
  'self-loop': ['tie from an actor to itself', 'ties from an actor to itself'],
  'missing-actor': ['tie to an actor the file does not list', 'ties to actors the file does not list'],
  'duplicate-id': ['record with an id already used', 'records with an id already used'],
  'missing': ['record without a required value', 'records without a required value'],
};

/** "3 records cannot be written (3 ties from an actor to itself)", from the problems that left records out. */
function leftOutSummary(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const byKind = new Map<string, number>();
  for (const problem of errors) {
    const kind = LEFT_OUT_KINDS[problem.code] ? problem.code : 'other';
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const kinds = [...byKind].map(([kind, n]) => {
    const [one, other] = LEFT_OUT_KINDS[kind as Problem['code']] ?? [
      'record with a value Puentes cannot keep',
      'records with values Puentes cannot keep',
    ];
    return `${formatNumber(n, 'en')} ${n === 1 ? one : other}`;
  });
  const n = errors.length;
  return `${formatNumber(n, 'en')} ${n === 1 ? 'record cannot' : 'records cannot'} be written (${kinds.join(', ')})`;
}

/** Runs the server until Ctrl+C (or SIGTERM): the rooms in --data, the built app beside them. */
async function serve(values: {
  'port'?: string;
  'host'?: string;
  'data'?: string;
  'quiet'?: boolean;
  'max-message'?: string;
}): Promise<number> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usage(`--port must be a port number, not "${values.port}"`);
  const maxMessage = Number(values['max-message']);
  if (!Number.isInteger(maxMessage) || maxMessage < 1024) return usage(`--max-message must be a number of bytes (1024 or more)`);
  // This file runs from dist-cli/: the checkout (or installed package) is the folder above.
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const app = join(root, 'dist');
  if (!existsSync(join(app, 'index.html'))) {
    process.stderr.write('puentes: building the app once (dist/ is missing)…\n');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) {
      process.stderr.write('puentes: the app could not be built; serving the rooms only\n');
    }
  }
  const { startServer } = await import('./serve-command');
  let server;
  try {
    server = await startServer({
      port,
      host: values.host ?? '0.0.0.0',
      data: values.data ?? './rooms',
      app: existsSync(join(app, 'index.html')) ? app : null,
      quiet: values.quiet ?? false,
      maxMessage,
    });
  } catch (error) {
    process.stderr.write(`puentes: cannot serve: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const running = server;
  return new Promise(() => {
    // Every room is stored as it closes; then the process ends, whatever sockets the clients still hold open.
    const stop = () => void running.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function usage(message: string): number {
  process.stderr.write(`puentes: ${message}\n`);
  return 2;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
