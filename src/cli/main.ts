/**
 * The Puentes command line, over the same model, readers, writers and
 * analysis code as the app.
 *   npm run cli -- analyze <network.json> [--format json|csv] [--out file]
 *   npm run cli -- convert <in> [<ties.csv>] <out>
 */
import './xml-globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { METRICS } from '../analysis/metrics';
import { GAP_RULES } from '../analysis/gaps';
import { CRITERION_DEFINITIONS } from '../analysis/convener';
import { runAnalyze, type Format } from './analyze-command';
import { runConvert } from './convert-command';
import type { Problem } from '../model/types';

const HELP = `Usage: npm run cli -- analyze <network.json> [options]
       npm run cli -- convert <in> [<ties.csv>] <out> [--lang es|en] [--edge-list] [--skip-bad]

convert reads a network in any format the app imports — Puentes JSON, GEXF,
GraphML, Excel (.xlsx), a CSV of actors with a CSV of ties, or an edge list
(source,target[,weight] / origen,destino[,peso]) — and writes it in the format
<out> names: .json, .gexf, .graphml, .xlsx, or .csv (two files, <out>-actors.csv
and <out>-ties.csv; with --edge-list, one edge list). Problems are reported
with their place, as in the app; if records had to be left out nothing is
written unless --skip-bad is given.

Analyses a Puentes network file (native JSON, schemaVersion 1) and prints
per-actor metrics, communities, key players, gaps and the convener ranking.

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
  -h, --help            this text

How it computes: on the undirected network, where parallel ties between two
actors are merged (weight = sum of strengths) and self-loops are ignored.
Closeness is the Wasserman–Faust variant, correct for networks in several
components. Betweenness is normalised by 2/((n-1)(n-2)).

Metrics:
${METRICS.map((m) => `  ${m.id.padEnd(15)} ${m.label.en}. ${m.method.en}`).join('\n')}

Gap rules:
${GAP_RULES.map((r) => `  ${r.id.padEnd(28)} ${r.label.en}`).join('\n')}

Convener criteria (2010 study): ${CRITERION_DEFINITIONS.map((c) => c.label.en.toLowerCase()).join(', ')}.

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
        format: { type: 'string', default: 'json' },
        out: { type: 'string' },
        distances: { type: 'string', default: 'steps' },
        'key-players': { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        lang: { type: 'string', default: 'es' },
        'edge-list': { type: 'boolean', default: false },
        'skip-bad': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`puentes: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stdout.write(HELP);
    return values.help ? 0 : 2;
  }
  const [command, file] = positionals;
  if (command === 'convert') return convert(positionals.slice(1), values);
  if (command !== 'analyze' || !file) {
    process.stderr.write(`puentes: unknown command "${positionals.join(' ')}"\n\n${HELP}`);
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

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`puentes: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const outcome = runAnalyze(text, file, format, { distances: values.distances, keyPlayers: k, seed }, values.lang);
  for (const problem of outcome.code === 0 ? outcome.problems : []) process.stderr.write(`puentes: warning: ${file}: ${problem.path}: ${problem.message}\n`);
  if (outcome.code !== 0) {
    process.stderr.write(`puentes: ${file} has ${outcome.problems.length} problem(s):\n`);
    for (const problem of outcome.problems) process.stderr.write(`  ${file}: ${problem.path}: ${problem.message}\n`);
    return outcome.code;
  }
  if (values.out) writeFileSync(values.out, outcome.output);
  else process.stdout.write(outcome.output);
  return 0;
}

function report(problems: Problem[], failed: boolean): void {
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (failed) process.stderr.write(`puentes: ${problems.length} problem(s), ${errors} of them records left out; nothing written:\n`);
  for (const problem of problems) process.stderr.write(`  ${problem.severity === 'error' ? 'error' : 'warning'}: ${problem.path}: ${problem.message}\n`);
}

async function convert(paths: string[], values: { lang?: string; 'edge-list'?: boolean; 'skip-bad'?: boolean }): Promise<number> {
  if (paths.length < 2 || paths.length > 3) return usage('convert takes one or two input files and one output file');
  if (values.lang !== 'es' && values.lang !== 'en') return usage(`--lang must be es or en, not "${values.lang}"`);
  const inputs = paths.slice(0, -1);
  const output = paths.at(-1)!;
  let outcome;
  try {
    outcome = await runConvert(inputs, output, { lang: values.lang, edgeList: values['edge-list'] ?? false, skipBad: values['skip-bad'] ?? false });
  } catch (error) {
    process.stderr.write(`puentes: cannot read ${inputs.join(', ')}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  report(outcome.problems, outcome.code !== 0);
  if (outcome.code !== 0) return outcome.code;
  for (const file of outcome.files) {
    writeFileSync(file.name, typeof file.content === 'string' ? file.content : Buffer.from(file.content));
    process.stderr.write(`puentes: wrote ${file.name}\n`);
  }
  return 0;
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
