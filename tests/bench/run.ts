/**
 * npm run bench — timings of the model and analysis on the seed networks and
 * on generated networks of 2,000 and 20,000 actors. Prints a table; asserts
 * nothing (timings belong here, not in tests).
 *   npm run bench -- 2000        only the given sizes
 *   npm run bench -- --browser   only the measures in Chromium
 *   npm run bench -- --sharing   only the sharing measures (sharing.ts): --sharing=room only the room under load,
 *                                --sharing=screen only a remote edit's arrival; --share-seconds=10 and the like to try them
 */
import { recordAnswers, startSession } from '../../src/analysis/session-record';
import { performance } from 'node:perf_hooks';
import { analyze, DEFAULT_OPTIONS, withPaths, type AnalysisResult } from '../../src/analysis/analyze';
import { PathPool } from '../../src/analysis/parallel-paths';
import type { PathJob } from '../../src/analysis/path-kernel';
import { runPaths } from '../../src/analysis/path-kernel';
import { spawnPathThread, THREADS } from '../../src/cli/path-threads';
import { toAnalysisGraph } from '../../src/analysis/analysis-graph';
import { METRIC_COMPUTE, METRICS } from '../../src/analysis/metrics';
import { detectCommunities } from '../../src/analysis/communities';
import { keyPlayers } from '../../src/analysis/key-players';
import { findGaps } from '../../src/analysis/gaps';
import { rankConveners } from '../../src/analysis/convener';
import { applyEdit, updateActors } from '../../src/model/edits';
import { toGraph } from '../../src/model/graph';
import { regionLabel } from '../../src/model/regions';
import { parseNetwork } from '../../src/model/validate';
import { pillarOf } from '../../src/model/vocabularies';
import type { Network } from '../../src/model/types';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';
import { generateNetwork } from './generate';
import { placeNetwork } from '../../src/analysis/regions';
import { overlappingPairs, refineLayout, type LayoutInput } from '../../src/views/network/large-layout';
import { benchBrowser } from './browser';
import { runComparison } from '../../src/state/compare-run';
import { NO_DECISIONS } from '../../src/analysis/compare/match';
import { applyEdit as apply, removeTies } from '../../src/model/edits';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toAdjacency } from '../../src/analysis/adjacency';
import { bundleReport } from './bundle';
import { benchSharing, sharingOptions } from './sharing';
import { readCsv } from '../../src/io/csv-read';
import { importEngagements } from '../../src/io/record-import';
import { localize } from '../../src/model/localized';

function time<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

const rows: string[][] = [];
/** Every figure of the run, written to tests/bench/results.json with the machine it ran on. */
const results: { network: string; step: string; ms: number; peers?: Record<string, number | null> }[] = [];
function report(network: string, step: string, ms: number) {
  rows.push([network, step, ms < 10 ? ms.toFixed(2) : ms.toFixed(0)]);
  results.push({ network, step, ms: Math.round(ms * 100) / 100 });
  process.stdout.write(`${network.padEnd(22)} ${step.padEnd(28)} ${rows.at(-1)![2]!.padStart(9)} ms\n`);
}

/** A figure that is not a time (a size), with its unit. */
function note(network: string, step: string, value: number, unit: string) {
  rows.push([network, step, value.toFixed(1)]);
  results.push({ network, step: `${step} (${unit})`, ms: Math.round(value * 10) / 10 });
  process.stdout.write(`${network.padEnd(22)} ${step.padEnd(28)} ${value.toFixed(1).padStart(9)} ${unit}\n`);
}

/** The median of `runs` timings of `work`. */
function median(work: () => unknown, runs = 3): number {
  const times = Array.from({ length: runs }, () => time(work).ms).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

/** The same for work that ends later (in worker threads). */
async function medianAsync(work: () => Promise<unknown>, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** One worker thread per core for the shortest-path passes, as the app keeps one Web Worker per core. */
const pool = new PathPool(spawnPathThread, THREADS);
const passes = (network: Network, job: Omit<PathJob, 'part' | 'parts'>) => {
  const { offsets, neighbours, weights } = toAdjacency(toAnalysisGraph(network));
  return pool.run({ offsets, neighbours, weights }, job);
};

/**
 * The whole analysis as the app runs it: the exact betweenness and closeness
 * in the path workers while this thread does the rest, then joined.
 */
async function analyzeInParallel(network: Network): Promise<AnalysisResult> {
  const graph = toAnalysisGraph(network);
  const { ids, offsets, neighbours, weights } = toAdjacency(graph);
  const exact = pool.run({ offsets, neighbours, weights }, { weighted: false, betweenness: true, closeness: true });
  const rest = analyze(network, DEFAULT_OPTIONS, {}, { graph, paths: 'pending' });
  return withPaths(rest, ids, await exact);
}

/**
 * Our exact kernels beside python-igraph (C) and networkx on the same graph,
 * in the same run (tests/bench/peers.py); a peer not installed is "missing".
 */
async function peers(name: string, network: Network, measures: ('betweenness' | 'closeness' | 'louvain')[]) {
  const graph = toAnalysisGraph(network);
  const adjacency = toAdjacency(graph);
  const ours: Record<string, number> = {};
  const large = network.actors.length > 5000;
  // A first run starts the threads and warms them, as the app's first analysis does; then the median of 3 (1 when large).
  if (measures.includes('betweenness') || measures.includes('closeness'))
    await passes(network, { weighted: false, betweenness: true, closeness: false });
  const runs = large ? 1 : 3;
  if (measures.includes('betweenness')) {
    ours.betweenness = await medianAsync(() => passes(network, { weighted: false, betweenness: true, closeness: false }), runs);
    if (!large)
      report(
        name,
        'betweenness exact, one thread',
        median(() => runPaths(adjacency, { weighted: false, betweenness: true, closeness: false })),
      );
  }
  if (measures.includes('closeness')) {
    ours.closeness = await medianAsync(() => passes(network, { weighted: false, betweenness: false, closeness: true }), runs);
    if (!large)
      report(
        name,
        'closeness exact, one thread',
        median(() => runPaths(adjacency, { weighted: false, betweenness: false, closeness: true })),
      );
  }
  if (measures.includes('louvain')) ours.louvain = median(() => detectCommunities(graph, 1));
  const file = join(mkdtempSync(join(tmpdir(), 'puentes-bench-')), 'edges.tsv');
  const lines = [String(adjacency.ids.length)];
  for (let i = 0; i < adjacency.ids.length; i++) {
    for (let k = adjacency.offsets[i]!; k < adjacency.offsets[i + 1]!; k++)
      if (adjacency.neighbours[k]! > i) lines.push(`${i}\t${adjacency.neighbours[k]}`);
  }
  writeFileSync(file, lines.join('\n'));
  const python = spawnSync(process.env.PYTHON ?? '/usr/bin/python3', [join(import.meta.dirname, 'peers.py'), file, measures.join(',')], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  let found: { igraph: Record<string, number> | null; networkx: Record<string, number> | null; versions: Record<string, string> } = {
    igraph: null,
    networkx: null,
    versions: {},
  };
  try {
    found = JSON.parse(python.stdout);
  } catch {
    // No Python, or it failed: every peer is reported missing.
  }
  for (const measure of measures) {
    const igraph = found.igraph?.[measure] ?? null;
    const networkx = found.networkx?.[measure] ?? null;
    const mine = ours[measure]!;
    const how = measure === 'louvain' ? 'one thread' : `${THREADS} worker threads`;
    rows.push([name, `${measure} (exact) vs peers`, mine.toFixed(0)]);
    results.push({ network: name, step: `${measure} exact, ${how}`, ms: Math.round(mine), peers: { igraph, networkx } });
    const peer = (label: string, ms: number | null) =>
      ms === null ? `${label} missing` : `${label} ${ms.toFixed(0)} ms (×${(mine / ms).toFixed(2)})`;
    process.stdout.write(
      `${name.padEnd(22)} ${`${measure}, ours (${how})`.padEnd(28)} ${mine.toFixed(0).padStart(9)} ms   ${peer('igraph', igraph)} · ${peer('networkx', networkx)}\n`,
    );
  }
  if (Object.keys(found.versions).length > 0) peerVersions = found.versions;
}
let peerVersions: Record<string, string> = {};

async function bench(name: string, raw: unknown, generated?: Network) {
  const parsed = time(() => (generated ? { network: generated, problems: [] } : parseNetwork(raw)));
  const network = parsed.value.network!;
  if (!generated) report(name, 'validate (parseNetwork)', parsed.ms);
  else report(name, 'validate (parseNetwork)', time(() => parseNetwork(JSON.parse(JSON.stringify(network)))).ms);
  report(name, 'toGraph', time(() => toGraph(network)).ms);
  report(
    name,
    'edit + inverse (1 actor)',
    time(() => applyEdit(network, updateActors(network, [network.actors[0]!.id], { influence: 3 }))).ms,
  );
  // A gesture at a mapping session's table on this scenario: a link drawn between two actors (the answer kept, the
  // records following every answer, one undoable edit).
  {
    const session = {
      id: 's',
      question: '¿Quién?',
      linkTypes: [{ id: 'i', name: 'i', colour: '#000000', tieType: 'information' as const }],
      goals: [],
      informants: [{ id: 'mesa', label: 'Mesa' }],
    };
    const started = applyEdit(network, startSession(network, session)).network;
    const [a, b] = [network.actors[0]!.id, network.actors[1]!.id];
    const tie = { kind: 'tie' as const, session: 's', informant: 'mesa', source: a, target: b, linkType: 'i' };
    report(
      name,
      'mapping session: a link drawn',
      median(() => applyEdit(started, recordAnswers(started, 's', [tie])!)),
    );
  }
  // A facilitator's log of 500 meetings from a Spanish CSV into this scenario: read, matched to its actors by name.
  {
    const names = network.actors.slice(0, 50).map((a) => localize(a.shortName ?? a.name, 'es'));
    const lines = ['fecha;tipo;tema;región;participantes'];
    for (let i = 0; i < 500; i++)
      lines.push(
        `${(i % 28) + 1}/${(i % 12) + 1}/2018;Reunión;Sesión ${i};Cusco;"${names[i % names.length]}; ${names[(i + 7) % names.length]}"`,
      );
    const text = lines.join('\n');
    report(
      name,
      'import 500 engagements (CSV)',
      median(() => importEngagements(readCsv(text, 'reuniones.csv').table!, network)),
    );
  }
  const graph = time(() => toAnalysisGraph(network));
  report(name, 'analysis graph', graph.ms);
  const byId = new Map(network.actors.map((a) => [a.id, a]));
  const context = { graph: graph.value, distances: 'steps' as const, pillarOf: (id: string) => pillarOf(byId.get(id)!.sector) };
  for (const metric of METRICS) {
    // Betweenness and closeness are timed exact, in parallel, below (one thread would estimate them here at 20,000).
    if (network.actors.length > 5000 && (metric.id === 'betweenness' || metric.id === 'closeness')) continue;
    report(name, `metric ${metric.id}`, time(() => METRIC_COMPUTE[metric.id](context)).ms);
  }
  const communities = time(() => detectCommunities(graph.value, 1));
  report(name, 'Louvain communities', communities.ms);
  report(name, 'key players (k = 3)', time(() => keyPlayers(graph.value, 3)).ms);
  report(name, 'gaps', time(() => findGaps({ network, graph: graph.value, communities: communities.value, regionName: regionLabel })).ms);
  report(name, 'convener ranking', time(() => rankConveners(network)).ms);
  report(
    name,
    'analysis but betweenness, closeness',
    median(() => analyze(network, DEFAULT_OPTIONS, {}, { paths: 'pending' }), network.actors.length > 5000 ? 1 : 3),
  );
  // Warm the threads first, except at 20,000 actors (one run is 40 s, and they are warm by then).
  if (network.actors.length <= 5000) await analyzeInParallel(network);
  report(
    name,
    `whole analysis (paths on ${THREADS} threads)`,
    await medianAsync(() => analyzeInParallel(network), network.actors.length > 5000 ? 1 : 3),
  );
  report(name, 'map: actors and ties by region', time(() => placeNetwork(network)).ms);
}

/**
 * The refinement of a large network's drawing (the layout worker's work), from a heap as the quick spectral pass
 * leaves it: the actors on a golden-angle spiral ~9 units apart, each of radius 15 (the default actor), in no order
 * of their ties (harder to untangle than the spectral drawing, which already groups tied actors).
 */
function layoutRefinement(name: string, network: Network) {
  const n = network.actors.length;
  const index = new Map(network.actors.map((actor, i) => [actor.id, i]));
  const heap = (): LayoutInput => ({
    x: Float64Array.from({ length: n }, (_, i) => 5 * Math.sqrt(i) * Math.cos(i * 2.39996)),
    y: Float64Array.from({ length: n }, (_, i) => 5 * Math.sqrt(i) * Math.sin(i * 2.39996)),
    radius: new Float64Array(n).fill(15),
    fixed: new Uint8Array(n),
    sources: Uint32Array.from(network.ties, (tie) => index.get(tie.source)!),
    targets: Uint32Array.from(network.ties, (tie) => index.get(tie.target)!),
  });
  const start = heap();
  note(name, 'overlapping pairs of actors, heaped', overlappingPairs(start.x, start.y, start.radius), 'pairs');
  const refined = time(() => refineLayout(heap()));
  report(name, 'drawing refined (ForceAtlas2 + Noverlap)', refined.ms);
  note(name, 'overlapping pairs of actors, refined', overlappingPairs(refined.value.x, refined.value.y, start.radius), 'pairs');
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
/** `npm run bench -- --browser`: only the measures in Chromium. */
const browserOnly = process.argv.includes('--browser');
/** `npm run bench -- --sharing`: only the sharing measures (a room under load, an edit arriving). */
const sharingArg = process.argv.find((a) => a === '--sharing' || a.startsWith('--sharing='));
const sharingOnly = sharingArg !== undefined;
/** The machine is shared: its load average (1, 5, 15 min) when the run starts and ends goes with the figures. */
const loadAtStart = loadavg();
process.stdout.write(`Puentes benchmarks · Node ${process.version} · ${new Date().toISOString()}\n\n`);
if (!browserOnly && !sharingOnly) await nodeMeasures();

async function nodeMeasures() {
  await bench('lima-2010 (60)', lima);
  await bench('macro-sur-2017 (16)', macroSur);
  // The whole comparison the compare worker runs: both analyses, matching, diff, side-by-side layout.
  const limaNet = parseNetwork(lima).network!;
  report(
    'lima ↔ macro sur',
    'compare (worker work)',
    time(() => runComparison({ first: limaNet, second: parseNetwork(macroSur).network!, decisions: NO_DECISIONS })).ms,
  );
  for (const size of sizes.length ? sizes : [200, 2000, 20000]) {
    const network = generateNetwork(size);
    await bench(`generated ${size} (${network.ties.length} ties)`, null, network);
    await peers(`generated ${size}`, network, ['betweenness', 'closeness', 'louvain']);
    if (size > 400 && size <= 5000) layoutRefinement(`generated ${size}`, network);
    if (size <= 5000) {
      // A version with a tenth of its ties removed, as after a workshop.
      const after = apply(network, removeTies(network.ties.filter((_, i) => i % 10 === 0).map((t) => t.id))).network;
      report(
        `generated ${size}`,
        'compare two versions',
        time(() => runComparison({ first: network, second: after, decisions: NO_DECISIONS })).ms,
      );
    }
    if (size === 2000) commandLine(network);
  }
}

/**
 * The command line as an analyst runs it (`npx puentes`, the compiled build): its start, and its whole `analyze`
 * of the 2,000-actor network from a file — a new process each time: reading, validating, the path threads
 * started, the analysis, the JSON written — beside the in-process analysis timed above.
 */
function commandLine(network: Network) {
  const bin = join(import.meta.dirname, '../../bin/puentes.js');
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`puentes ${args.join(' ')}: ${result.stderr}`);
  };
  run('--version'); // builds dist-cli/ if it is missing or stale
  report(
    'command line',
    'start: --version (wall)',
    median(() => run('--version'), 5),
  );
  report(
    'command line',
    'start: --help (wall)',
    median(() => run('--help'), 5),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'puentes-bench-')), 'generated-2000.json');
  writeFileSync(file, JSON.stringify(network));
  const name = `generated 2000 (${network.ties.length} ties)`;
  const cli = median(() => run('analyze', file, '--quiet', '--out', `${file}.out`), 3);
  report(name, 'command line analyze (wall)', cli);
  const inProcess = results.find((r) => r.network === name && r.step.startsWith('whole analysis'))?.ms;
  if (inProcess) note(name, 'command line ÷ whole analysis', cli / inProcess, '×');
}
pool.close();
if (!browserOnly) await benchSharing(report, note, sharingOptions(process.argv.slice(2)), sharingArg?.split('=')[1]);
let bundle: ReturnType<typeof bundleReport> | null = null;
if (!sharingOnly) {
  await benchBrowser(report, note);

  // What loads before the first draw, and later, gzip-compressed (the build benchMapDraw served).
  bundle = bundleReport();
  process.stdout.write(
    `\nBefore the first draw: ${(bundle.initialGzip / 1024).toFixed(0)} KB gzip (${bundle.initial.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(0)} KB`).join(', ')})\n`,
  );
  process.stdout.write(
    `Loaded on first use: ${bundle.lazy
      .slice(0, 12)
      .map((f) => `${f.file.replace(/^assets\//, '')} ${(f.gzip / 1024).toFixed(0)} KB`)
      .join(', ')}${bundle.lazy.length > 12 ? ', …' : ''}\n`,
  );
}

const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  platform: process.platform,
  load: { start: loadAtStart, end: loadavg() },
  peers: peerVersions,
};
writeFileSync(
  join(import.meta.dirname, 'results.json'),
  JSON.stringify({ ranAt: new Date().toISOString(), machine, results, bundle }, null, 2) + '\n',
);
process.stdout.write(`\nWritten to tests/bench/results.json (${machine.cpus} × ${machine.model}, Node ${machine.node}).\n`);
