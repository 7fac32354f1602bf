/**
 * Sharing (issue 29), measured: `npm run bench -- --sharing` runs only this (`--sharing=room`, `--sharing=screen`:
 * only the first or the second part).
 *
 * 1. A room under load: `puentes serve` as its own process (tests/server/harness.ts), the Lima sample put in a room,
 *    30 clients joined (share-clients.ts; in the bench's process or in child processes, `--share-processes=N`), each
 *    editing at 2 edits/s for 60 s on a seeded schedule. Then: whether all 30 converge to the network a person
 *    joining late gets (sha256 of JSON.stringify(map.network())), whether any edit is missing, the time from each
 *    edit's write to its arrival on each of the other 29 maps (p50/p95/max), the server's memory (VmRSS, peak and
 *    end). Then more edits, faster, until the room has had 10,000, and the size of the room's file: after them, and
 *    compacted (a fresh room started from the final network: the same state without its history), with what Yjs's
 *    garbage collection leaves of the overwritten values.
 * 2. An edit on screen, the model's side: from a remote edit's arrival in a client's document to the network updated
 *    in place (opened, then `network()`, `editOfChanges`, `applyEdit`), at Lima's size and at 500 actors. The
 *    drawing's own update is not in it (the browser rows time an edit's frame).
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import * as Y from 'yjs';
import lima from '../../data/lima-2010.json';
import { editOfChanges } from '../../src/model/edit-between';
import { applyEdit, updateActors, type ActorPatch } from '../../src/model/edits';
import type { Network } from '../../src/model/types';
import { parseNetwork } from '../../src/model/validate';
import { newRoom, roomKeys, type RoomLink } from '../../src/share/room-key';
import { SharedNetwork } from '../../src/share/shared-network';
import { mulberry32 } from '../../src/analysis/random';
import { freePort, join, serve, type Served } from '../server/harness';
import { generateNetwork } from './generate';
import { benchSharedEditInBrowser } from './sharing-browser';
import { FIELDS, hashOf, now, Swarm, type Arrival, type Collected, type EditPhase, type Write } from './share-clients';

type Report = (network: string, step: string, ms: number) => void;
type Note = (network: string, step: string, value: number, unit: string) => void;

export interface SharingOptions {
  clients: number;
  /** Seconds of editing at `rate`. */
  seconds: number;
  rate: number;
  /** How many edits the room has in all, the timed ones first (for the file's size). */
  totalEdits: number;
  /** Edits per second per client after the timed ones. */
  fastRate: number;
  /** Processes the clients run in: 1 is the bench's own; more are children. */
  processes: number;
  seed: number;
}

export const SHARING_DEFAULTS: SharingOptions = {
  clients: 30,
  seconds: 60,
  rate: 2,
  totalEdits: 10_000,
  fastRate: 5,
  processes: 3,
  seed: 29,
};

/** The options given as `--share-<name>=<number>` on the command line, over the defaults. */
export function sharingOptions(argv: string[]): SharingOptions {
  const options = { ...SHARING_DEFAULTS };
  for (const arg of argv) {
    const match = /^--share-(clients|seconds|rate|total-edits|fast-rate|processes|seed)=(\d+(?:\.\d+)?)$/.exec(arg);
    if (!match) continue;
    const name = match[1]!.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof SharingOptions;
    options[name] = Number(match[2]);
  }
  return options;
}

/** The swarm's methods, whether it runs here or in a child process. */
interface Clients {
  join(port: number, link: RoomLink, numbers: number[]): Promise<void>;
  edit(phase: EditPhase): Promise<void>;
  converge(hash: string, ms: number): Promise<{ hashes: Record<number, string>; at: number; lastChange: number }>;
  collect(): Promise<Collected>;
  close(): Promise<void>;
  /** The process the clients run in. */
  pid: number;
}

function localClients(): Clients {
  const swarm = new Swarm();
  return {
    join: (...args) => swarm.join(...args),
    edit: (phase) => swarm.edit(phase),
    converge: (hash, ms) => swarm.converge(hash, ms),
    collect: async () => swarm.collect(),
    close: async () => swarm.close(),
    pid: process.pid,
  };
}

function childClients(): Clients {
  const child = fork(joinPath(import.meta.dirname, 'share-clients.ts'), [], {
    env: { ...process.env, PUENTES_SHARE_CHILD: '1' },
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, { done: (value: unknown) => void; fail: (error: Error) => void }>();
  child.on('message', (message: { id: number; value?: unknown; error?: string }) => {
    const call = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) call?.fail(new Error(`share client process: ${message.error}`));
    else call?.done(message.value);
  });
  child.on('exit', (code) => {
    for (const call of waiting.values()) call.fail(new Error(`share client process exited (${code})`));
    waiting.clear();
  });
  const call = <T>(op: string, ...args: unknown[]) =>
    new Promise<T>((done, fail) => {
      const id = next++;
      waiting.set(id, { done: done as (value: unknown) => void, fail });
      child.send({ id, op, args });
    });
  return {
    join: (...args) => call('join', ...args),
    edit: (phase) => call('edit', phase),
    converge: (hash, ms) => call('converge', hash, ms),
    collect: () => call('collect'),
    close: async () => {
      await call('close');
      await new Promise<void>((done) => (child.exitCode !== null ? done() : child.once('exit', () => done())));
    },
    pid: child.pid!,
  };
}

/** A value of a sorted list at quantile `q` (nearest rank). */
function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** CPU seconds a process has used (user + system). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds the whole machine has been busy (all cores, /proc/stat), and how many cores it has. */
function machineBusy(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/** The machine's busy CPU seconds and those of `pids`, now. */
function cpuNow(pids: number[]) {
  return { at: now(), busy: machineBusy(), ours: pids.reduce((sum, pid) => sum + cpuOf(pid), 0) };
}

/** Between two `cpuNow`: the cores the processes used, and the cores the rest of the machine used meanwhile. */
function coresBetween(from: ReturnType<typeof cpuNow>, to: ReturnType<typeof cpuNow>) {
  const seconds = (to.at - from.at) / 1000;
  const ours = to.ours - from.ours;
  return { ours: ours / seconds, others: (to.busy - from.busy - ours) / seconds };
}

/**
 * The machine's CPU second by second: what the bench's processes (the server, the clients, this one) used, and what
 * the rest of the machine did meanwhile, in cores.
 */
function cpuWatch(pids: () => number[]) {
  const timeline: { at: number; ours: number; others: number }[] = [];
  let last = cpuNow(pids());
  const timer = setInterval(() => {
    const next = cpuNow(pids());
    timeline.push({ at: next.at, ...coresBetween(last, next) });
    last = next;
  }, 1000);
  return { timeline, stop: () => clearInterval(timer) };
}

/** The room's file, once the server has written everything (unchanged for 3 s, past its 2 s longest wait). */
async function storedFile(path: string): Promise<{ bytes: number; content: Uint8Array }> {
  let last = '';
  let since = Date.now();
  for (;;) {
    const stat = statSync(path, { throwIfNoEntry: false });
    const mark = stat ? `${stat.size} ${stat.mtimeMs}` : '';
    if (mark !== last) {
      last = mark;
      since = Date.now();
    } else if (stat && Date.now() - since > 3000) return { bytes: stat.size, content: new Uint8Array(readFileSync(path)) };
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** What a room's stored state holds: values live and overwritten (their content dropped by Yjs's GC). */
function anatomy(state: Uint8Array) {
  const { structs, ds } = Y.decodeUpdate(state);
  let live = 0;
  let emptied = 0;
  let gc = 0;
  for (const struct of structs) {
    if (struct instanceof Y.GC) gc++;
    else if (struct instanceof Y.Item && struct.content instanceof Y.ContentDeleted) emptied += struct.length;
    else if (struct instanceof Y.Item) live++;
  }
  let ranges = 0;
  for (const list of ds.clients.values()) ranges += list.length;
  return { live, emptied, gc, ranges };
}

/** Opens a room's stored state with its key, as a person joining would: its network's hash. */
async function openStored(state: Uint8Array, link: RoomLink): Promise<string> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const map = new SharedNetwork(doc, await roomKeys(link), 'reader');
  await map.load();
  return hashOf(map.network());
}

/** The latencies of the writes of `phase`, from each write to its arrival on each other client. */
function latencies(writes: Write[], arrivals: Map<string, Map<number, number>>, clients: number) {
  const times: number[] = [];
  let superseded = 0;
  for (const write of writes) {
    const at = arrivals.get(write.key);
    for (let c = 0; c < clients; c++) {
      if (c === write.client) continue;
      const t = at?.get(c);
      if (t === undefined) superseded++;
      else times.push(t - write.t0);
    }
  }
  times.sort((a, b) => a - b);
  return { times, superseded, pairs: writes.length * (clients - 1) };
}

/**
 * Whether any edit is missing: each write that is not its field's final value was overwritten by a later write, or by
 * a concurrent one (written before this one arrived where the other was made, and ordered after it by Yjs); a write
 * that lost to an earlier one its writer had already seen would be a lost edit. The final value must be a write.
 */
function missing(writes: Write[], final: Map<string, string>, arrivals: Map<string, Map<number, number>>) {
  const byKey = new Map(writes.map((w) => [w.key, w]));
  const slots = new Set(writes.map((w) => w.slot));
  let notAWrite = 0;
  let lost = 0;
  let later = 0;
  let concurrent = 0;
  for (const slot of slots) if (!byKey.has(final.get(slot) ?? '')) notAWrite++;
  for (const write of writes) {
    const winner = byKey.get(final.get(write.slot) ?? '');
    if (!winner || winner.key === write.key) continue;
    if (winner.t0 > write.t0) later++;
    else if (winner.client !== write.client && (arrivals.get(winner.key)?.get(write.client) ?? Infinity) > write.t0) concurrent++;
    else lost++;
  }
  return { slots: slots.size, notAWrite, lost, later, concurrent };
}

/** The room under load. */
export async function benchRoomLoad(report: Report, note: Note, options: SharingOptions): Promise<void> {
  const start = parseNetwork(lima).network!;
  const data = mkdtempSync(joinPath(tmpdir(), 'puentes-bench-rooms-'));
  const port = await freePort();
  const label = `room: ${options.clients} clients`;
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  process.stdout.write(`\nSharing: ${options.clients} clients in ${options.processes} process(es), load average ${load()}\n`);
  const server: Served = await serve(data, port, ['--quiet']);
  const pid = server.process.pid!;
  const groups = Array.from({ length: options.processes }, (_, p) =>
    Array.from({ length: options.clients }, (_, i) => i).filter((i) => i % options.processes === p),
  );
  const swarms = groups.map(() => (options.processes === 1 ? localClients() : childClients()));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(pid).rss)), 100);
  const everyone = () => [...new Set([pid, process.pid, ...swarms.map((s) => s.pid)])];
  const cpu = cpuWatch(everyone);
  try {
    note(label, 'server RSS, idle', memoryOf(pid).rss, 'MB');
    const room = newRoom();
    const seeder = await join(port, room, 'seeder');
    await seeder.map.start(start);
    await seeder.sent();
    seeder.destroy();
    const roomFile = joinPath(data, `${room.room}.ydoc`);
    const fresh = await storedFile(roomFile);
    note(label, 'room file, Lima as shared', fresh.bytes / 1024, 'KB');

    let began = now();
    await Promise.all(swarms.map((swarm, p) => swarm.join(port, room, groups[p]!)));
    report(label, `all joined (${options.processes} process(es))`, now() - began);
    note(label, 'server RSS, all joined', memoryOf(pid).rss, 'MB');

    const arrivals = new Map<string, Map<number, number>>();
    const writes: Write[] = [];
    const gather = async () => {
      const collected = await Promise.all(swarms.map((s) => s.collect()));
      for (const c of collected) {
        writes.push(...c.writes);
        for (const [key, client, t] of c.arrivals as Arrival[]) {
          if (!arrivals.has(key)) arrivals.set(key, new Map());
          // The first time it showed there.
          if (!arrivals.get(key)!.has(client)) arrivals.get(key)!.set(client, t);
        }
      }
      return collected;
    };
    /**
     * Whether every client's network equals that of a person who joins now (their hashes), and when the last value
     * arrived on any of them, from `since` (the last edit written).
     */
    const converged = async (what: string, since: number) => {
      const late = await join(port, room, `late-${what}`);
      await late.map.settled();
      const hash = hashOf(late.map.network());
      const final = new Map(
        late.map
          .entries()
          .filter((e) => e.kind === 'actor' && (FIELDS as readonly string[]).includes(e.field))
          .map((e) => [`${e.id} ${e.field}`, `${e.id} ${e.field} ${e.by} ${e.at}`]),
      );
      late.destroy();
      const ends = await Promise.all(swarms.map((s) => s.converge(hash, 30_000)));
      const same = ends.flatMap((e) => Object.values(e.hashes)).filter((h) => h === hash).length;
      return { hash, final, same, settled: Math.max(...ends.map((e) => e.lastChange)) - since };
    };

    // The timed edits: `rate` a second for `seconds` each, starting together.
    const perClient = Math.round(options.rate * options.seconds);
    const counts = Object.fromEntries(Array.from({ length: options.clients }, (_, i) => [i, perClient]));
    const cpuBefore = cpuOf(pid);
    const usedBefore = cpuNow(everyone());
    peak = 0;
    began = now();
    await Promise.all(swarms.map((s) => s.edit({ start: began + 500, rate: options.rate, counts, seed: options.seed, phase: 'a' })));
    const ended = now();
    const editing = (ended - began) / 1000;
    const used = coresBetween(usedBefore, cpuNow(everyone()));
    const serverCpu = cpuOf(pid) - cpuBefore;
    const timedPeak = peak;
    const timed = await gather();
    // BENCH_SHARE_DUMP=file: every write and arrival of the timed edits, and the CPU second by second, to study them.
    if (process.env.BENCH_SHARE_DUMP)
      writeFileSync(
        process.env.BENCH_SHARE_DUMP,
        JSON.stringify({ writes, arrivals: [...arrivals].map(([k, m]) => [k, [...m]]), cpu: cpu.timeline }),
      );
    const first = await converged('a', Math.max(...writes.map((w) => w.t0)));
    const timedWrites = writes.filter((w) => w.phase === 'a');
    const spread = latencies(timedWrites, arrivals, options.clients);
    const check = missing(timedWrites, first.final, arrivals);
    process.stdout.write(
      `${timedWrites.length} edits in ${editing.toFixed(1)} s; server CPU ${((100 * serverCpu) / editing).toFixed(0)} %; ` +
        `clients' event loop delay p99 ${timed.map((c) => c.loop.p99).join(' / ')} ms, max ${timed.map((c) => c.loop.max).join(' / ')} ms; ` +
        `client processes ${timed.map((c) => c.rssMB).join(' / ')} MB; ` +
        `CPU in cores: the bench's processes ${used.ours.toFixed(2)}, the rest of the machine ${used.others.toFixed(2)}\n`,
    );
    note(label, `converged to a late joiner's`, first.same, `of ${options.clients}`);
    report(label, 'last arrival, after the last edit', first.settled);
    note(label, 'fields: final not a write', check.notAWrite, `of ${check.slots}`);
    note(label, 'edits lost', check.lost, `of ${timedWrites.length}`);
    note(label, 'edits overwritten: later', check.later, 'edits');
    note(label, 'edits overwritten: concurrent', check.concurrent, 'edits');
    report(label, `propagation p50 (${options.rate}/s each)`, quantile(spread.times, 0.5));
    report(label, `propagation p95 (${options.rate}/s each)`, quantile(spread.times, 0.95));
    report(label, `propagation max (${options.rate}/s each)`, spread.times.at(-1)!);
    // The rest were overwritten before they showed there (a later value arrived with them).
    note(label, 'arrivals timed', spread.times.length, `of ${spread.pairs}`);
    note(label, 'server RSS, peak while editing', timedPeak, 'MB');
    note(label, 'server CPU while editing', (100 * serverCpu) / editing, '%');
    note(label, 'CPU while editing: bench processes', used.ours, 'cores');
    note(label, 'CPU while editing: rest of machine', used.others, 'cores');
    note(label, `room file after ${timedWrites.length} edits`, (await storedFile(roomFile)).bytes / 1024, 'KB');

    // More edits, faster, until the room has had `totalEdits`.
    const rest = options.totalEdits - timedWrites.length;
    if (rest > 0) {
      const more = Object.fromEntries(
        Array.from({ length: options.clients }, (_, i) => [i, Math.floor(rest / options.clients) + (i < rest % options.clients ? 1 : 0)]),
      );
      peak = 0;
      const fastBefore = cpuNow(everyone());
      const serverBefore = cpuNow([pid]);
      await Promise.all(
        swarms.map((s) => s.edit({ start: now() + 500, rate: options.fastRate, counts: more, seed: options.seed + 1, phase: 'b' })),
      );
      const fastPeak = peak;
      const fastUsed = coresBetween(fastBefore, cpuNow(everyone()));
      const fastServer = coresBetween(serverBefore, cpuNow([pid])).ours;
      await gather();
      const second = await converged('b', Math.max(...writes.map((w) => w.t0)));
      const fastWrites = writes.filter((w) => w.phase === 'b');
      const fast = latencies(fastWrites, arrivals, options.clients);
      const checkAll = missing(writes, second.final, arrivals);
      note(label, `converged after ${writes.length} edits`, second.same, `of ${options.clients}`);
      note(label, `edits lost, of all ${writes.length}`, checkAll.lost, 'edits');
      note(label, 'fields: final not a write, all', checkAll.notAWrite, `of ${checkAll.slots}`);
      report(label, `propagation p50 (${options.fastRate}/s each)`, quantile(fast.times, 0.5));
      report(label, `propagation p95 (${options.fastRate}/s each)`, quantile(fast.times, 0.95));
      report(label, `propagation max (${options.fastRate}/s each)`, fast.times.at(-1)!);
      note(label, 'server RSS, peak at the faster rate', fastPeak, 'MB');
      note(label, 'server CPU at the faster rate', 100 * fastServer, '%');
      note(label, 'CPU at the faster rate: bench processes', fastUsed.ours, 'cores');
      note(label, 'CPU at the faster rate: rest of machine', fastUsed.others, 'cores');
      report(label, 'last arrival, after the last edit (faster)', second.settled);

      const stored = await storedFile(roomFile);
      note(label, `room file after ${writes.length} edits`, stored.bytes / 1024, 'KB');
      note(label, 'stored file opens to the final network', Number((await openStored(stored.content, room)) === second.hash), 'yes');
      const parts = anatomy(stored.content);
      note(label, 'values live in the file', parts.live, 'values');
      note(label, 'values overwritten, content dropped (GC)', parts.emptied, 'values');
      note(label, 'delete set ranges', parts.ranges, 'ranges');

      // Compacted: a fresh room started from the final network, its state without the history.
      const finalNetwork = await (async () => {
        const late = await join(port, room, 'late-final');
        const network = late.map.network()!;
        late.destroy();
        return network;
      })();
      const compactRoom = newRoom();
      const compactor = await join(port, compactRoom, 'compactor');
      await compactor.map.start(finalNetwork);
      await compactor.sent();
      compactor.destroy();
      const compacted = await storedFile(joinPath(data, `${compactRoom.room}.ydoc`));
      note(label, 'room file compacted (fresh room, final network)', compacted.bytes / 1024, 'KB');
      note(
        label,
        'compacted opens to the final network',
        Number((await openStored(compacted.content, compactRoom)) === second.hash),
        'yes',
      );
      note(label, 'history left per overwritten value', (stored.bytes - compacted.bytes) / parts.emptied, 'bytes');
    }
    note(label, 'server RSS, peak (VmHWM, whole run)', memoryOf(pid).hwm, 'MB');
    note(label, 'server RSS, end', memoryOf(pid).rss, 'MB');
    process.stdout.write(`load average after: ${load()}\n`);
  } finally {
    clearInterval(sampler);
    cpu.stop();
    await Promise.all(swarms.map((s) => s.close().catch(() => undefined)));
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

/**
 * A remote edit on screen, the model's side: two maps of one room, linked directly (no server, no socket); each edit
 * made in one is applied to the other's document, and timed from there (its arrival) to the value opened (sealed
 * values are opened one by one, asynchronously), then `network()`, `editOfChanges` and `applyEdit` on the network the
 * other shows. Runs of `edits` edits after a few to warm up; the median of `runs` runs' p50 and p95.
 */
export async function benchEditOnScreen(report: Report, note: Note, name: string, network: Network, runs = 3, edits = 40): Promise<void> {
  const room = newRoom();
  const keys = await roomKeys(room);
  const writer = new SharedNetwork(new Y.Doc(), keys, 'writer');
  await writer.start(network);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer.doc));
  const reader = new SharedNetwork(doc, keys, 'reader');
  await reader.load();
  let shown = reader.network()!;
  reader.takeArrived();
  let update: Uint8Array | null = null;
  writer.doc.on('update', (u: Uint8Array) => (update = u));
  let arrived: (times: number[]) => void = () => undefined;
  reader.onchange(() => {
    const t1 = now();
    const next = reader.network()!;
    const t2 = now();
    const edit = editOfChanges(shown, next, reader.takeArrived());
    const t3 = now();
    if (edit) shown = applyEdit(shown, edit).network;
    arrived([t1, t2, t3, now()]);
  });
  const random = mulberry32(2910);
  const once = async () => {
    const before = writer.network()!;
    const actor = before.actors[Math.floor(random() * before.actors.length)]!;
    const patch = (
      random() < 0.5 ? { influence: (actor.influence ?? 0) === 5 ? 1 : (actor.influence ?? 0) + 1 } : { notes: `n${random()}` }
    ) as ActorPatch;
    await writer.write(writer.changesOf(before, applyEdit(before, updateActors(before, [actor.id], patch)).network));
    const times = new Promise<number[]>((done) => (arrived = done));
    const t0 = now();
    Y.applyUpdate(doc, update!, 'remote');
    const [t1, t2, t3, t4] = await times;
    return { opened: t1! - t0, network: t2! - t1!, between: t3! - t2!, apply: t4! - t3!, total: t4! - t0 };
  };
  for (let i = 0; i < 5; i++) await once();
  const perRun: Record<string, number>[] = [];
  const cpuBefore = cpuNow([process.pid]);
  for (let run = 0; run < runs; run++) {
    const all: Awaited<ReturnType<typeof once>>[] = [];
    for (let i = 0; i < edits; i++) all.push(await once());
    const p = (key: keyof (typeof all)[number], q: number) =>
      quantile(
        all.map((x) => x[key]).sort((a, b) => a - b),
        q,
      );
    perRun.push({
      opened: p('opened', 0.5),
      network: p('network', 0.5),
      between: p('between', 0.5),
      apply: p('apply', 0.5),
      total: p('total', 0.5),
      p95: p('total', 0.95),
      max: p('total', 1),
    });
  }
  if (hashOf(shown) !== hashOf(writer.network())) throw new Error(`${name}: the network updated in place differs from the writer's`);
  const others = coresBetween(cpuBefore, cpuNow([process.pid])).others;
  const mid = (key: string) => perRun.map((r) => r[key]!).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  const each = (key: string) => perRun.map((r) => r[key]!.toFixed(1)).join(' / ');
  process.stdout.write(
    `${name}: runs' p50 ${each('total')} ms, p95 ${each('p95')} ms; the rest of the machine ${others.toFixed(2)} cores\n`,
  );
  report(name, 'remote edit: opened (decrypt)', mid('opened'));
  report(name, 'remote edit: network()', mid('network'));
  report(name, 'remote edit: editOfChanges', mid('between'));
  report(name, 'remote edit: applyEdit', mid('apply'));
  report(name, 'remote edit: arrival → updated, p50', mid('total'));
  report(name, 'remote edit: arrival → updated, p95', mid('p95'));
  report(name, 'remote edit: arrival → updated, max', mid('max'));
  note(name, 'remote edit: rest of machine', others, 'cores');
}

/** Both, or one of them: `room` (the room under load) or `screen` (a remote edit's arrival). */
export async function benchSharing(report: Report, note: Note, options: SharingOptions, only?: string): Promise<void> {
  if (only !== 'room') {
    process.stdout.write(`\nSharing: an edit on screen (model side), load average ${loadavg()[0]!.toFixed(2)}\n`);
    await benchEditOnScreen(report, note, 'lima-2010 (60)', parseNetwork(lima).network!);
    await benchEditOnScreen(report, note, 'generated 500', generateNetwork(500));
    // Past the targets' sizes, to show how it grows.
    await benchEditOnScreen(report, note, 'generated 2000', generateNetwork(2000));
    // The same, end to end: through the server to the drawing in Chromium.
    await benchSharedEditInBrowser(report, note, [
      ['lima-2010 (60)', parseNetwork(lima).network!],
      ['generated 500', generateNetwork(500)],
    ]);
  }
  if (only !== 'screen') await benchRoomLoad(report, note, options);
}
