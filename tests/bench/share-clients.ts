/**
 * The clients of the sharing load test (sharing.ts): people editing one room at
 * once, each a Node client as tests/server/harness.ts makes them (a Yjs
 * document through Hocuspocus's provider, the map sealed by src/share). A
 * swarm holds some of them, in the bench's process or in a child process of
 * its own (`fork` this file with PUENTES_SHARE_CHILD=1; it answers over IPC),
 * so that 30 clients need not share one event loop.
 *
 * Each client edits on a seeded schedule (its own generator, so runs repeat):
 * a random actor, a random field among influence, vpInterest, stance and notes,
 * made as the app makes it (applyEdit, then `write(changesOf(before, after))`).
 * Every value carries who wrote it and when (`by`, `at`), so each write is
 * known wherever it arrives: a client notes the moment a value written
 * elsewhere is opened into its map (its `onchange`), which is when its
 * `network()` first shows it. Unlike the app's page, a client does not then
 * rebuild its network and apply the change (`network()`, `editOfChanges`): 30
 * of them doing it at every arrival would need more than this machine's two
 * cores. sharing.ts times that part on its own.
 */
import { createHash } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { mulberry32 } from '../../src/analysis/random';
import { applyEdit, updateActors, type ActorPatch } from '../../src/model/edits';
import type { Actor, Network, NetworkMeta } from '../../src/model/types';
import type { RoomLink } from '../../src/share/room-key';
import { frames, join, type Client } from '../server/harness';

/** Milliseconds since 1970, with the fraction: the same clock in every process of the machine. */
export const now = () => performance.timeOrigin + performance.now();

export const FIELDS = ['influence', 'vpInterest', 'stance', 'notes'] as const;
type Field = (typeof FIELDS)[number];
const CHOICES: Record<Exclude<Field, 'notes'>, number[]> = {
  influence: [1, 2, 3, 4, 5],
  vpInterest: [0, 1, 2, 3],
  stance: [-2, -1, 0, 1, 2],
};

/** One write: the value's key (`id field by at`), its field's slot (`id field`), who, when written, in which phase. */
export interface Write {
  key: string;
  slot: string;
  client: number;
  /** Just before `write()` was called (the edit made). */
  t0: number;
  phase: string;
}

/** A value written elsewhere, opened into a client's map at `t`: [key, client, t]. */
export type Arrival = [string, number, number];

export interface EditPhase {
  /** The time (`now()`) the first edits may start. */
  start: number;
  /** Edits per second per client. */
  rate: number;
  /** How many edits each client makes, by client number. */
  counts: Record<number, number>;
  seed: number;
  phase: string;
}

export interface Collected {
  writes: Write[];
  arrivals: Arrival[];
  /** This process's event-loop delay while editing (ms): p50, p99, max. */
  loop: { p50: number; p99: number; max: number };
  /** This process's resident memory (MB). */
  rssMB: number;
}

const keyOf = (id: string, field: string, by: string, at: number) => `${id} ${field} ${by} ${at}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
/** The canonical hash of a network: sha256 of its JSON. */
export const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const nameOf = (client: number) => `c${client}`;

/**
 * The network a client shows, as far as an edit of one actor needs it: its title and sources and that actor as the
 * map holds them. The app edits the network it shows, without rebuilding it from the map (`network()`, a few ms at
 * Lima's size, which 30 clients in one process could not afford at every edit); `changesOf` compares only the records
 * an edit touched, so the rest of the network changes nothing in what is written.
 */
function shown(client: Client, id: string): Network {
  const actor: Record<string, unknown> = { id };
  for (const e of client.map.entries()) if (e.kind === 'actor' && e.id === id && e.field !== '#') actor[e.field] = structuredClone(e.value);
  return { ...(client.map.part('meta') as NetworkMeta), actors: [actor as unknown as Actor], ties: [] };
}

/** Some of the room's clients, in this process. */
export class Swarm {
  readonly clients = new Map<number, Client>();
  #writes: Write[] = [];
  #arrivals: Arrival[] = [];
  /** When a value written elsewhere was last opened here. */
  #lastChange = 0;
  #loop = monitorEventLoopDelay({ resolution: 5 });
  // The harness keeps every frame for the tests to read; here they would only pile up.
  #forget = setInterval(() => (frames.length = 0), 500);

  /** Joins the room as each of `numbers` (one after another: each opens the whole map when it joins). */
  async join(port: number, link: RoomLink, numbers: number[]): Promise<void> {
    for (const number of numbers) {
      const client = await join(port, link, nameOf(number));
      this.clients.set(number, client);
      // The map opens each value it receives into a new entry object: an entry not seen before is what arrived.
      const seen = new WeakSet<object>();
      const scan = (record: boolean) => {
        const at = now();
        for (const e of client.map.entries()) {
          if (seen.has(e)) continue;
          seen.add(e);
          if (record && e.kind === 'actor' && e.by !== nameOf(number) && (FIELDS as readonly string[]).includes(e.field))
            this.#arrivals.push([keyOf(e.id, e.field, e.by, e.at), number, at]);
        }
      };
      scan(false);
      client.map.onchange(() => {
        this.#lastChange = now();
        scan(true);
      });
    }
  }

  /** Makes each client's edits of the phase on its schedule; resolves once all are acknowledged by the server. */
  async edit(phase: EditPhase): Promise<void> {
    this.#loop.reset();
    this.#loop.enable();
    const interval = 1000 / phase.rate;
    // The actors edited are the map's (none is added or deleted): their ids in the map's order, read once.
    const ids = [...this.clients.values()][0]?.map.network()?.actors.map((a) => a.id) ?? [];
    await Promise.all(
      [...this.clients].map(async ([number, client]) => {
        const count = phase.counts[number] ?? 0;
        const random = mulberry32(phase.seed * 1009 + number);
        let due = phase.start + random() * interval;
        for (let n = 0; n < count; n++) {
          await sleep(due - now());
          due += interval;
          const before = shown(client, ids[Math.floor(random() * ids.length)]!);
          const actor = before.actors[0]!;
          const field = FIELDS[Math.floor(random() * FIELDS.length)]!;
          const pick = random();
          let value: unknown;
          if (field === 'notes') value = `e${number}-${phase.phase}${n}`;
          else {
            // Another value than the one shown, or the edit would change nothing.
            const others = CHOICES[field].filter((v) => v !== actor[field]);
            value = others[Math.floor(pick * others.length)];
          }
          const after = applyEdit(before, updateActors(before, [actor.id], { [field]: value } as ActorPatch)).network;
          const t0 = now();
          await client.map.write(client.map.changesOf(before, after));
          const entry = client.map.entries().find((e) => e.kind === 'actor' && e.id === actor.id && e.field === field)!;
          this.#writes.push({
            key: keyOf(actor.id, field, entry.by, entry.at),
            slot: `${actor.id} ${field}`,
            client: number,
            t0,
            phase: phase.phase,
          });
        }
        await client.sent();
      }),
    );
    this.#loop.disable();
  }

  /**
   * Waits until every client's network hashes to `hash` (or `ms` pass): the hash each ended with, when, and when a
   * value written elsewhere was last opened here.
   */
  async converge(hash: string, ms: number): Promise<{ hashes: Record<number, string>; at: number; lastChange: number }> {
    const start = now();
    const hashes = () => Object.fromEntries([...this.clients].map(([n, c]) => [n, hashOf(c.map.network())]));
    for (;;) {
      await Promise.all([...this.clients.values()].map((c) => c.map.settled()));
      const found = hashes();
      if (Object.values(found).every((h) => h === hash) || now() - start > ms)
        return { hashes: found, at: now(), lastChange: this.#lastChange };
      await sleep(50);
    }
  }

  /** What was written and what arrived since the last call. */
  collect(): Collected {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const collected: Collected = {
      writes: this.#writes,
      arrivals: this.#arrivals,
      loop: { p50: ms(this.#loop.percentile(50)), p99: ms(this.#loop.percentile(99)), max: ms(this.#loop.max) },
      rssMB: Math.round(process.memoryUsage.rss() / 1e5) / 10,
    };
    this.#writes = [];
    this.#arrivals = [];
    return collected;
  }

  close(): void {
    clearInterval(this.#forget);
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}

// A child process holding a swarm: each message `{ id, op, args }` calls the swarm's method and answers `{ id, value }`.
if (process.env.PUENTES_SHARE_CHILD === '1' && process.send) {
  const swarm = new Swarm();
  process.on('message', async (message: { id: number; op: 'join' | 'edit' | 'converge' | 'collect' | 'close'; args: unknown[] }) => {
    try {
      const value = await (swarm[message.op] as (...args: unknown[]) => unknown).apply(swarm, message.args);
      process.send!({ id: message.id, value: value ?? null });
      if (message.op === 'close') process.disconnect();
    } catch (error) {
      process.send!({ id: message.id, error: String((error as Error)?.stack ?? error) });
    }
  });
}
