/**
 * Values sealed for a shared map's server. Each value is stored under a name
 * the server cannot read (an HMAC of what it is: "actor ana, field sector"),
 * and sealed with AES-GCM, the name as additional data, so a value cannot be
 * read, changed or moved to another name without the key. Opening tells a
 * wrong key (the map's check value does not open) from a tampered value (the
 * check opens, this value does not).
 */
import { gcm } from '@noble/ciphers/aes.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64Url, type RoomKeys } from './room-key';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** How long a hidden name is: 16 bytes of the HMAC (128 bits), base64url. */
const NAME_BYTES = 16;
const IV_BYTES = 12;

/** The name under which a value is stored: an HMAC of its plain name, which the server cannot reverse. */
export async function hiddenName(keys: RoomKeys, plain: string): Promise<string> {
  return toBase64Url(hmac(sha256, keys.name, encoder.encode(plain)).subarray(0, NAME_BYTES));
}

/** A value sealed under `name`: a random IV, then AES-GCM's ciphertext and tag of its JSON. */
export async function seal(keys: RoomKeys, name: string, value: unknown): Promise<Uint8Array> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = encoder.encode(JSON.stringify(value));
  const sealed = gcm(keys.seal, iv, encoder.encode(name)).encrypt(plain);
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return out;
}

/** The value sealed under `name`, or `undefined` when it does not open (wrong key, changed, or moved from another name). */
export async function open(keys: RoomKeys, name: string, sealed: unknown): Promise<unknown> {
  if (!(sealed instanceof Uint8Array) || sealed.length <= IV_BYTES) return undefined;
  try {
    const plain = gcm(keys.seal, sealed.slice(0, IV_BYTES), encoder.encode(name)).decrypt(sealed.slice(IV_BYTES));
    return JSON.parse(decoder.decode(plain)) as unknown;
  } catch {
    return undefined;
  }
}
