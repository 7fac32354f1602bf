/**
 * `puentes serve`: the server a working group shares maps through, on a
 * facilitator's laptop or a small server. It is Hocuspocus (a Yjs server) with
 * its database extension writing each room to a file, and it serves the built
 * app from the same address, so participants on a workshop's Wi-Fi need only
 * the link. It reads nothing: every value of a map arrives sealed by the
 * browsers (src/share), under names it cannot reverse; the editors' token
 * reaches it, and it keeps only the token's SHA-256 digest, so that a viewer's
 * link (no token) can read but never write.
 *
 * Data folder: `<room>.ydoc` (the room's Yjs state), `<room>.editors` (the
 * editors' token digest, set by the first editor), `<room>.closed` (the share
 * was stopped: old links are told so). Each file is written whole, then
 * renamed over the old one, so a server killed mid-write keeps the last one.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { renderUnicodeCompact } from 'uqr';

export interface ServeOptions {
  port: number;
  /** Where it listens: every interface by default, so others on the network reach it. */
  host: string;
  /** The data folder: one file per room. */
  data: string;
  /** The built app to serve (dist/), or null to serve only the rooms. */
  app: string | null;
  /** No start screen (the address and QR code) and no line per connection. */
  quiet: boolean;
  /** The largest message a client may send, in bytes; a larger one closes its connection. */
  maxMessage: number;
  log?: (line: string) => void;
}

/** A room id: 16 random bytes in base64url (src/share/room-key.ts). */
const ROOM = /^[A-Za-z0-9_-]{22}$/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Writes a file whole and durably: to a scratch file, flushed, then renamed over the old one. */
function writeWhole(path: string, bytes: Uint8Array | string): void {
  const scratch = `${path}.${process.pid}.tmp`;
  const fd = openSync(scratch, 'w');
  try {
    writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(scratch, path);
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
/** A room's id shortened for the log: enough to tell rooms apart, not to join one. */
const short = (room: string) => `${room.slice(0, 6)}…`;

/** The addresses others on the local network reach this machine at (IPv4, not the loopback). */
export function localAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}

export async function startServer(options: ServeOptions): Promise<{ port: number; close: () => Promise<void> }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const data = resolve(options.data);
  mkdirSync(data, { recursive: true });
  const file = (room: string, kind: 'ydoc' | 'editors' | 'closed') => join(data, `${room}.${kind}`);
  const stamp = () => new Date().toISOString();
  /** The connections open now, each a socket in a room. */
  const open = new Set<string>();

  const server = new Server(
    {
      port: options.port,
      address: options.host,
      quiet: true,
      stopOnSignals: false,
      // Written a quarter of a second after the last change, and at least every two seconds while edits go on;
      // what a server killed in between lacks, the clients still hold and send again when it is back.
      debounce: 250,
      maxDebounce: 2000,
      extensions: [
        new Database({
          fetch: async ({ documentName }) => {
            const path = file(documentName, 'ydoc');
            return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
          },
          store: async ({ documentName, state }) => {
            if (existsSync(file(documentName, 'closed'))) return;
            writeWhole(file(documentName, 'ydoc'), state);
          },
        }),
      ],
      async onAuthenticate({ documentName, token, connectionConfig }) {
        if (!ROOM.test(documentName)) throw new Error('not-a-room');
        if (existsSync(file(documentName, 'closed'))) throw Object.assign(new Error('room-closed'), { reason: 'room-closed' });
        const editors = file(documentName, 'editors');
        let editor = false;
        if (token) {
          // The first editor to come sets the room's token; after that, only the same token writes.
          if (!existsSync(editors)) writeWhole(editors, digest(token));
          editor = readFileSync(editors, 'utf8') === digest(token);
        }
        connectionConfig.readOnly = !editor;
        return { editor };
      },
      async connected({ documentName, context, socketId }) {
        open.add(`${socketId} ${documentName}`);
        if (!options.quiet)
          log(`${stamp()} room ${short(documentName)} ${context.editor ? 'editor' : 'viewer'} joined (${open.size} connected)`);
      },
      async onDisconnect({ documentName, context, socketId }) {
        // Only a connection counted as joined is counted as leaving (a walk with two browsers logged more leaves than joins).
        if (!open.delete(`${socketId} ${documentName}`)) return;
        if (!options.quiet)
          log(`${stamp()} room ${short(documentName)} ${context.editor ? 'editor' : 'viewer'} left (${open.size} connected)`);
      },
      async onStateless({ payload, documentName, connection }) {
        // An editor stops sharing the room (or moves it to a new key): old links are told so from now on.
        if (payload !== 'close-room' || connection.readOnly) return;
        writeWhole(file(documentName, 'closed'), stamp());
        if (!options.quiet) log(`${stamp()} room ${short(documentName)} closed by an editor`);
        server.hocuspocus.closeConnections(documentName);
      },
      async onRequest({ request, response }) {
        serveHttp(request, response, options.app, () => ({
          status: 'ok',
          rooms: server.hocuspocus.getDocumentsCount(),
          connections: open.size,
        }));
        // Handled: Hocuspocus's own answer is skipped.
        throw null;
      },
    },
    { maxPayload: options.maxMessage },
  );
  await server.listen();
  const port = server.address.port;
  if (!options.quiet) {
    const addresses = options.host === '0.0.0.0' || options.host === '::' ? localAddresses() : [options.host];
    const urls = addresses.map((a) => `http://${a}:${port}/`);
    log(`Puentes is sharing maps from ${data}`);
    log(`Open it on this machine at http://localhost:${port}/`);
    for (const url of urls) log(`and on the local network at ${url}`);
    if (urls[0]) log(renderUnicodeCompact(urls[0]));
    log(`Health: http://localhost:${port}/health · stop with Ctrl+C`);
  }
  return { port, close: () => server.destroy() };
}

/** Answers an HTTP request: the health figures, or a file of the built app (its index for any other path). */
function serveHttp(request: IncomingMessage, response: ServerResponse, app: string | null, health: () => object): void {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  if (path === '/health') {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(health()));
    return;
  }
  if (!app || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  const root = resolve(app);
  let target = normalize(join(root, path));
  if (target !== root && !target.startsWith(root + sep)) target = root;
  if (!existsSync(target) || statSync(target).isDirectory()) target = join(root, 'index.html');
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  // The page and the service worker are checked at every visit (a new build is picked up); the hashed assets kept.
  const fresh = target.endsWith('.html') || target.endsWith('sw.js') || target.endsWith('.webmanifest');
  response.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': fresh ? 'no-cache' : 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  response.end(request.method === 'HEAD' ? undefined : readFileSync(target));
}
