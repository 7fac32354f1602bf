/**
 * A file protected with a passphrase: a backup or a network's JSON, encrypted
 * whole inside a small JSON envelope that says how to open it.
 *
 * ```json
 * { "format": "puentes-encrypted", "version": 1,
 *   "kdf": { "name": "scrypt", "params": { "N": 131072, "r": 8, "p": 1 }, "salt": "…", "check": "…" },
 *   "cipher": { "name": "AES-GCM", "iv": "…" },
 *   "data": "…base64…" }
 * ```
 *
 * The passphrase (NFC-normalised, so the same word typed on two systems is
 * the same bytes) goes through scrypt, a memory-hard key derivation, to 48
 * bytes: the first 32 are the AES-256-GCM key, the next 16 are `check`, which
 * tells a wrong passphrase from a file changed after it was encrypted (the
 * check matches, the cipher's tag does not). Everything but `data` — the
 * header, written again in a fixed order — is AES-GCM's additional data, so
 * no part of the envelope can be changed unnoticed. `check` lets a guess be
 * tested no faster than the tag already does: each still costs one scrypt.
 *
 * Pure TypeScript over `globalThis.crypto` and @noble/hashes' scrypt: the page
 * (in a worker: one derivation takes about half a second), Node and the tests
 * run the same code. Reading never throws on user data.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import type { Problem } from '../model/types';
import { translate, type ArgsOf } from '../text/translate';
import type { MessageKey } from '../text/catalogues';

export const ENCRYPTED_FORMAT = 'puentes-encrypted';
export const ENCRYPTED_VERSION = 1;

/** scrypt's cost: N (a power of two), block size r, parallelism p; it uses 128·N·r bytes of memory. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/**
 * The cost new files are written with: N = 2^17, r = 8, p = 1, 128 MiB of
 * memory (OWASP's recommended scrypt setting). Measured on a 2-core machine
 * (Node 20.20, Chromium 156): 0.51–0.67 s in Node, in Chromium's worker and
 * on its page thread alike; up to 0.94 s while other tests share the
 * processor. Raise N here as machines get faster; files keep the cost they
 * were written with, so older files still open.
 */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = { N: 2 ** 17, r: 8, p: 1 };

/** The most a file may ask for: a forged or damaged envelope must not make the page derive for minutes. */
const LIMITS = { minLogN: 10, maxLogN: 20, maxR: 32, maxP: 16, maxMemory: 2 ** 30 };
const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_BYTES = 32;
const CHECK_BYTES = 16;
/** The shortest passphrase the app accepts for a new file. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** The envelope of an encrypted file, read and checked. */
export interface Envelope {
  format: typeof ENCRYPTED_FORMAT;
  version: number;
  kdf: { name: 'scrypt'; params: ScryptParams; salt: string; check: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

/** What opening a file gave: its text, or why not (a wrong passphrase, or a damaged or changed file). */
export type Opened =
  { text: string; reason?: undefined; problems?: undefined } | { text?: undefined; reason: 'passphrase' | 'damaged'; problems: Problem[] };

const encoder = new TextEncoder();

/** Bytes as standard base64 (chunked: `String.fromCharCode` takes a limited number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The bytes of standard base64 text; null when it is not base64 as `toBase64` writes it. Unused low bits in
 * the last character must be zero, so one text is one series of bytes and no character can change unnoticed.
 */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return toBase64(bytes) === text ? bytes : null;
}

/** The additional data: the header without `data`, written in one order whatever order the file has. */
function header(envelope: Omit<Envelope, 'data'>): Uint8Array<ArrayBuffer> {
  const { N, r, p } = envelope.kdf.params;
  return encoder.encode(
    JSON.stringify({
      format: envelope.format,
      version: envelope.version,
      kdf: { name: envelope.kdf.name, params: { N, r, p }, salt: envelope.kdf.salt, check: envelope.kdf.check },
      cipher: { name: envelope.cipher.name, iv: envelope.cipher.iv },
    }),
  );
}

/** scrypt of the passphrase: the AES-GCM key and the check value. Takes about half a second at the default cost. */
async function deriveKey(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<{ key: Uint8Array; check: Uint8Array }> {
  const { N, r, p } = params;
  const bytes = scrypt(passphrase.normalize('NFC'), salt, { N, r, p, dkLen: KEY_BYTES + CHECK_BYTES, maxmem: LIMITS.maxMemory + 2 ** 20 });
  const key = bytes.slice(0, KEY_BYTES);
  const check = bytes.slice(KEY_BYTES);
  bytes.fill(0);
  return { key, check };
}

/** Encrypts `text` with `passphrase` into an envelope's JSON text. `params` is for tests and future costs. */
export async function encryptText(text: string, passphrase: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  if (passphrase.length === 0) throw new Error('io/encrypted-file: an empty passphrase protects nothing');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKey(passphrase, salt, params);
  const head: Omit<Envelope, 'data'> = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'scrypt', params: { N: params.N, r: params.r, p: params.p }, salt: toBase64(salt), check: toBase64(check) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  // @noble's AES-GCM, not WebCrypto's: browsers withhold crypto.subtle at a plain http address (a workshop's server).
  const sealed = gcm(key, iv, header(head)).encrypt(encoder.encode(text));
  return JSON.stringify({ ...head, data: toBase64(sealed) }, null, 2) + '\n';
}

/**
 * Whether a text is meant to be an encrypted Puentes file, even one cut short:
 * its opening names the format. A plain network or backup never does there.
 */
export function looksEncrypted(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"puentes-encrypted"/.test(text.slice(0, 200));
}

function problem<K extends MessageKey>(path: string, key: K, ...args: ArgsOf<K>): Problem {
  return { path, code: 'invalid', severity: 'error', message: translate('en', key, ...args), messageEs: translate('es', key, ...args) };
}

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * Reads and checks an envelope, each problem at its place (`file.json: kdf.salt`).
 * Nothing here needs the passphrase, so a damaged file is told before one is asked for.
 */
export function readEnvelope(
  text: string,
  fileName = '(file)',
): { envelope: Envelope; problems: [] } | { envelope: null; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8 says where it stopped ("… at position 812"); the end of the text when the file was cut short.
    const at = /position (\d+)/.exec(String((error as Error).message))?.[1];
    return { envelope: null, problems: [problem(fileName, 'encrypted.cutShort', { at: Number(at ?? text.length) + 1 })] };
  }
  const file = record(json);
  const kdf = record(file.kdf);
  const params = record(kdf.params);
  const cipher = record(file.cipher);
  const at = (path: string) => `${fileName}: ${path}`;
  const problems: Problem[] = [];
  if (file.format !== ENCRYPTED_FORMAT) problems.push(problem(at('format'), 'encrypted.damaged'));
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1)
    problems.push(problem(at('version'), 'encrypted.damaged'));
  else if (file.version > ENCRYPTED_VERSION)
    problems.push(problem(at('version'), 'encrypted.newer', { version: file.version, supported: ENCRYPTED_VERSION }));
  if (kdf.name !== 'scrypt') problems.push(problem(at('kdf.name'), 'encrypted.unknownMethod', { name: String(kdf.name) }));
  else {
    const { N, r, p } = params;
    const ok = (value: unknown, max: number): value is number =>
      typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
    if (!isPowerOfTwo(N as number) || (N as number) < 2 ** LIMITS.minLogN) problems.push(problem(at('kdf.params.N'), 'encrypted.damaged'));
    if (!ok(r, LIMITS.maxR)) problems.push(problem(at('kdf.params.r'), 'encrypted.damaged'));
    if (!ok(p, LIMITS.maxP)) problems.push(problem(at('kdf.params.p'), 'encrypted.damaged'));
    if (problems.length === 0 && (N as number) * (r as number) * 128 > LIMITS.maxMemory)
      problems.push(
        problem(at('kdf.params'), 'encrypted.tooCostly', {
          megabytes: ((N as number) * (r as number) * 128) / 2 ** 20,
          limit: LIMITS.maxMemory / 2 ** 20,
        }),
      );
  }
  if (fromBase64(String(kdf.salt ?? ''))?.length !== SALT_BYTES) problems.push(problem(at('kdf.salt'), 'encrypted.damaged'));
  if (fromBase64(String(kdf.check ?? ''))?.length !== CHECK_BYTES) problems.push(problem(at('kdf.check'), 'encrypted.damaged'));
  if (cipher.name !== 'AES-GCM') problems.push(problem(at('cipher.name'), 'encrypted.unknownMethod', { name: String(cipher.name) }));
  if (fromBase64(String(cipher.iv ?? ''))?.length !== IV_BYTES) problems.push(problem(at('cipher.iv'), 'encrypted.damaged'));
  // AES-GCM's output is at least its 16-byte tag.
  if (typeof file.data !== 'string' || (fromBase64(file.data)?.length ?? 0) < 16) problems.push(problem(at('data'), 'encrypted.damaged'));
  if (problems.length > 0) return { envelope: null, problems };
  return { envelope: json as Envelope, problems: [] };
}

/** Constant-time comparison of two byte strings of the same length. */
function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/**
 * Opens an encrypted file with `passphrase`: its text, or a wrong passphrase
 * (`reason: 'passphrase'`), or a damaged or changed file (`'damaged'`), with
 * the problems to show. Never throws on user data, and never returns a text
 * the cipher did not authenticate.
 */
export async function decryptText(text: string, passphrase: string, fileName = '(file)'): Promise<Opened> {
  const read = readEnvelope(text, fileName);
  if (!read.envelope) return { reason: 'damaged', problems: read.problems };
  const envelope = read.envelope;
  const { key, check } = await deriveKey(passphrase, fromBase64(envelope.kdf.salt)!, envelope.kdf.params);
  if (!same(check, fromBase64(envelope.kdf.check)!))
    return { reason: 'passphrase', problems: [problem(fileName, 'encrypted.wrongPassphrase')] };
  try {
    const plain = gcm(key, fromBase64(envelope.cipher.iv)!, header(envelope)).decrypt(fromBase64(envelope.data)!);
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { reason: 'damaged', problems: [problem(fileName, 'encrypted.changed')] };
  }
}
