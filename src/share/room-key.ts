/**
 * The secrets of a shared map, and the links that carry them. A room is named
 * by a random id the server sees; the map's key and the editors' token travel
 * after `#` in the link, which a browser never sends to a server (as
 * Excalidraw's links do). From the key come two keys (HKDF-SHA-256): one
 * that seals every value (AES-GCM), one that hides every value's name
 * (HMAC), so the server holds neither names nor values it can read. The
 * token lets the server tell editors from viewers without reading anything:
 * it keeps only the token's SHA-256 digest.
 *
 * The hashing and sealing are @noble's audited JavaScript, not WebCrypto's
 * `crypto.subtle`: browsers offer that only on https and localhost, and a
 * workshop's server is reached at a plain http address on the local network.
 * The results are the standard ones (tests/share checks them against
 * WebCrypto). Only `crypto.getRandomValues`, offered everywhere, is the
 * browser's.
 */

import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** What a link to a shared map holds. `token` is absent in a viewer's link. */
export interface RoomLink {
  room: string;
  key: string;
  token?: string;
}

/** The keys a map's secret gives: one seals values, one names them (32 bytes each). */
export interface RoomKeys {
  seal: Uint8Array;
  name: Uint8Array;
}

const encoder = new TextEncoder();

/** Bytes as base64url without padding (safe in a link's fragment and a file name). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text; null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function random(length: number): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(length)));
}

/** A new room: a 128-bit id, a 256-bit key and a 128-bit editors' token, all random. */
export function newRoom(): Required<RoomLink> {
  return { room: random(16), key: random(32), token: random(16) };
}

/** The fragment of a link (`share=room.key[.token]`): with the token, an editor's; without, a viewer's. */
export function linkFragment(link: RoomLink, as: 'editor' | 'viewer'): string {
  const parts = [link.room, link.key];
  if (as === 'editor') {
    if (!link.token) throw new Error('share/room-key: a viewer cannot make an editor link');
    parts.push(link.token);
  }
  return `share=${parts.join('.')}`;
}

/**
 * The room a link's fragment names, or why not: `missing` (no `share=`), `malformed` (not a room, a key and
 * perhaps a token of the right lengths).
 */
export function parseFragment(fragment: string): RoomLink | { problem: 'missing' | 'malformed' } {
  const match = /(?:^|[#&])share=([^&]*)/.exec(fragment);
  if (!match) return { problem: 'missing' };
  const [room, key, token, ...rest] = match[1]!.split('.');
  const sized = (text: string | undefined, bytes: number) => text !== undefined && fromBase64Url(text)?.length === bytes;
  if (rest.length > 0 || !sized(room, 16) || !sized(key, 32) || (token !== undefined && !sized(token, 16))) {
    return { problem: 'malformed' };
  }
  return token === undefined ? { room: room!, key: key! } : { room: room!, key: key!, token };
}

/** The two keys a map's secret gives (HKDF-SHA-256, the room id as salt, one label for each use). */
export async function roomKeys(link: RoomLink): Promise<RoomKeys> {
  const secret = fromBase64Url(link.key);
  if (!secret) throw new Error('share/room-key: the key is not base64url');
  const salt = encoder.encode(link.room);
  return {
    seal: hkdf(sha256, secret, salt, encoder.encode('puentes seal v1'), 32),
    name: hkdf(sha256, secret, salt, encoder.encode('puentes name v1'), 32),
  };
}

/** The SHA-256 digest of an editors' token (base64url). */
export async function tokenDigest(token: string): Promise<string> {
  return toBase64Url(sha256(fromBase64Url(token) ?? encoder.encode(token)));
}

/**
 * Where participants' phones leave proposals for a shared map: a room of its own on the same server, whose id and
 * editors' token come from the map's editors' token (HMAC-SHA-256, one label each), so that any editor of the map
 * finds the same room again and no viewer of the map can. The map's room stays the phones' to read only.
 */
export interface ProposalsLink {
  /** The map's room and key: the phone reads the map (a viewer) and seals its proposals with the map's key. */
  map: { room: string; key: string };
  /** The proposals' room and its editors' token: the phone writes there. */
  room: string;
  token: string;
}

/** The proposals room of a map an editor holds (its id and token; the same for every editor of the map). */
export function proposalsRoom(link: RoomLink): ProposalsLink {
  const token = link.token ? fromBase64Url(link.token) : null;
  if (!token) throw new Error('share/room-key: only an editor of the map has its proposals room');
  const derive = (label: string) => toBase64Url(hmac(sha256, token, encoder.encode(`${label}\u0000${link.room}`)).subarray(0, 16));
  return {
    map: { room: link.room, key: link.key },
    room: derive('puentes proposals room v1'),
    token: derive('puentes proposals token v1'),
  };
}

/** The fragment of a phone's link: `propose=mapRoom.mapKey.room.token&session=id` (the mapping session asked about). */
export function proposeFragment(link: ProposalsLink, session: string): string {
  return `propose=${[link.map.room, link.map.key, link.room, link.token].join('.')}&session=${encodeURIComponent(session)}`;
}

/** The proposals link and session a fragment names, or null when it names none (or not one of the right lengths). */
export function parseProposeFragment(fragment: string): (ProposalsLink & { session: string }) | null {
  const match = /(?:^|[#&])propose=([^&]*)/.exec(fragment);
  const session = /[#&]session=([^&]+)/.exec(fragment);
  if (!match || !session) return null;
  const [mapRoom, key, room, token, ...rest] = match[1]!.split('.');
  const sized = (text: string | undefined, bytes: number) => text !== undefined && fromBase64Url(text)?.length === bytes;
  if (rest.length > 0 || !sized(mapRoom, 16) || !sized(key, 32) || !sized(room, 16) || !sized(token, 16)) return null;
  let id: string;
  try {
    id = decodeURIComponent(session[1]!);
  } catch {
    return null;
  }
  return { map: { room: mapRoom!, key: key! }, room: room!, token: token!, session: id };
}
