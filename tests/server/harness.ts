/**
 * The sharing server as a group meets it: `puentes serve` started as its own
 * process (package.json's bin, as `npm run serve` does), killed and restarted
 * on its data folder; and clients as the app makes them, a Yjs document
 * through Hocuspocus's provider with the map sealed by src/share, whose
 * frames on the wire are kept for the test to read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { roomKeys, type RoomLink } from '../../src/share/room-key';
import { SharedNetwork } from '../../src/share/shared-network';

const BIN: string = JSON.parse(readFileSync('package.json', 'utf8')).bin.puentes;

/** A port free now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface Served {
  process: ChildProcess;
  port: number;
  output: () => string;
  /** Kills the process with SIGKILL (nothing flushed) and waits for it to be gone. */
  kill: () => Promise<void>;
  /** Stops it as Ctrl+C does. */
  stop: () => Promise<void>;
}

/** Starts `puentes serve` on `port` with `data` as its folder; resolves once /health answers. */
export async function serve(data: string, port: number, extra: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', data, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`puentes serve exited: ${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`puentes serve did not answer: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    process: child,
    port,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await gone;
    },
    stop: async () => {
      child.kill('SIGINT');
      await gone;
    },
  };
}

/** Every frame a client sent and received, as bytes. */
export const frames: Uint8Array[] = [];

class RecordedWebSocket extends WebSocket {
  constructor(url: string) {
    super(url);
    this.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
    // A client destroyed while it is still reconnecting (the server was killed) closes a socket not yet open: ws then
    // emits 'error' after the provider has let go of it, which with no listener would be an uncaught exception.
    this.on('error', () => {});
  }
  override send(data: Uint8Array | ArrayBuffer, ...rest: unknown[]): void {
    frames.push(new Uint8Array(data instanceof ArrayBuffer ? data : data.slice()));
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  map: SharedNetwork;
  /** Resolves once everything written here has reached the server. */
  sent: () => Promise<void>;
  destroy: () => void;
}

/** A person joining the room of `link` (an editor with its token, a viewer without), named `who`. */
export async function join(port: number, link: RoomLink, who: string, doc = new Y.Doc()): Promise<Client> {
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}`,
    WebSocketPolyfill: RecordedWebSocket,
    // Back within a fraction of a second of the server's return.
    delay: 50,
    factor: 1.5,
    maxDelay: 300,
    minDelay: 50,
    maxAttempts: 0,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: link.room, document: doc, token: link.token ?? '' });
  const map = new SharedNetwork(doc, await roomKeys(link), who);
  const ready = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${who}: not synced`)), 20_000);
    provider.on('synced', () => {
      clearTimeout(timer);
      done();
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      clearTimeout(timer);
      fail(new Error(reason));
    });
  });
  // A provider given its socket joins through it once attached.
  provider.attach();
  await ready;
  await map.load();
  return {
    doc,
    provider,
    socket,
    map,
    sent: () => until(() => !provider.hasUnsyncedChanges, `${who}: changes not acknowledged`),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `ok()` holds (checked every 20 ms), or fails after `ms`. */
export async function until(ok: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
