// Files protected with a passphrase (io/encrypted-file.ts): the Lima sample's backup, encrypted at the real
// cost, hides every name and opens whole with its passphrase; a wrong passphrase, a changed character anywhere
// in the file, a file cut short and garbage are each told as what they are, at their place, and never opened.
import { beforeAll, describe, expect, it } from 'vitest';
import lima from '../../data/lima-2010.json';
import {
  decryptText,
  encryptText,
  fromBase64,
  looksEncrypted,
  readEnvelope,
  SCRYPT_PARAMS,
  toBase64,
  type Envelope,
} from '../../src/io/encrypted-file';
import { parseNetwork } from '../../src/model/validate';
import { makeBackup, readBackup } from '../../src/store/backup';
import { scenario } from '../store/fixtures';

const PASSPHRASE = 'Puente de Calicanto, Cusco 2017';
/** A cheap cost for the tests that open a file hundreds of times (1 MiB instead of 128). */
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

/** Every name the Lima sample holds: actors' names and short names in both languages, aliases, contacts. */
function limaNames(): string[] {
  const names = new Set<string>();
  for (const actor of lima.actors as unknown as Record<string, unknown>[]) {
    for (const field of [actor.name, actor.shortName]) {
      if (typeof field === 'string') names.add(field);
      else if (field) for (const text of Object.values(field as Record<string, string>)) names.add(text);
    }
    for (const alias of (actor.aliases as string[] | undefined) ?? []) names.add(alias);
    for (const contact of (actor.contacts as { name: string }[] | undefined) ?? []) names.add(contact.name);
  }
  return [...names].filter((name) => name.trim() !== '');
}

/**
 * Whether `name` is written in `text` as a leak would write it: anywhere, or for a name made only of base64's
 * letters (MEF, PNP), not inside a longer run of them — random base64 holds any three letters by chance every
 * quarter of a megabyte, while a name leaked as JSON stands between quotes.
 */
function written(text: string, name: string): boolean {
  // As JSON writes it, too: `Group "Diálogo…"` is `Group \"Diálogo…\"` in a file.
  if (!/^[A-Za-z0-9+/]+$/.test(name)) return text.includes(name) || text.includes(JSON.stringify(name).slice(1, -1));
  const escaped = name.replace(/[+/]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9+/])${escaped}(?![A-Za-z0-9+/=])`).test(text);
}

let plain = '';
let encrypted = '';

beforeAll(async () => {
  const network = parseNetwork(lima).network!;
  const records = [scenario('lima', 2, { name: 'Red nacional de Lima, 2010', network, origin: { kind: 'sample', sampleId: 'lima-2010' } })];
  plain = JSON.stringify(makeBackup(records, new Date('2025-03-01T12:00:00Z')), null, 2);
  encrypted = await encryptText(plain, PASSPHRASE);
}, 30_000);

describe('encryptText(backup of the Lima sample) at the cost new files are written with', () => {
  it('writes the envelope: scrypt with its cost, salt and check, AES-GCM with its IV, the data in base64', () => {
    const envelope = JSON.parse(encrypted) as Envelope;
    expect(envelope).toMatchObject({ format: 'puentes-encrypted', version: 1, kdf: { name: 'scrypt', params: SCRYPT_PARAMS } });
    expect(envelope.kdf.params).toEqual({ N: 131072, r: 8, p: 1 });
    expect(fromBase64(envelope.kdf.salt)).toHaveLength(16);
    expect(fromBase64(envelope.kdf.check)).toHaveLength(16);
    expect(envelope.cipher).toEqual({ name: 'AES-GCM', iv: expect.any(String) });
    expect(fromBase64(envelope.cipher.iv)).toHaveLength(12);
    // AES-GCM: as long as the text, plus its 16-byte tag.
    expect(fromBase64(envelope.data)).toHaveLength(new TextEncoder().encode(plain).length + 16);
    expect(looksEncrypted(encrypted)).toBe(true);
    expect(looksEncrypted(plain)).toBe(false);
    expect(looksEncrypted(JSON.stringify(lima))).toBe(false);
  });

  it('contains none of the 253 names in the Lima sample, in Spanish or English, as text or as bytes', () => {
    const names = limaNames();
    expect(names.length).toBeGreaterThan(200);
    // The test means something: the backup itself names every one of them.
    expect(names.filter((name) => !written(plain, name))).toEqual([]);
    expect(names.filter((name) => written(encrypted, name))).toEqual([]);
    // Nor merely encoded: the ciphertext's bytes hold none (names of 4 bytes or more, which chance never makes).
    // Bytes as one character each (TextDecoder's 'latin1' is windows-1252, which would change 0x80–0x9F).
    const asText = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
    const ciphertext = asText(fromBase64((JSON.parse(encrypted) as Envelope).data)!);
    const utf8 = (name: string) => new TextEncoder().encode(name);
    const long = names.filter((name) => utf8(name).length >= 4);
    expect(asText(utf8(plain)).includes(asText(utf8('Defensoría del Pueblo')))).toBe(true);
    expect(long.filter((name) => ciphertext.includes(asText(utf8(name))))).toEqual([]);
  });

  it('opens whole with its passphrase: the same text, the same scenarios', async () => {
    const opened = await decryptText(encrypted, PASSPHRASE, 'copia.json');
    expect(opened.problems).toBeUndefined();
    expect(opened.text).toBe(plain);
    expect(readBackup(opened.text!)).toEqual(readBackup(plain));
    expect(readBackup(opened.text!).scenarios[0]!.network.actors).toHaveLength(lima.actors.length);
  });

  it('opens with the same passphrase typed in another Unicode form (NFD, as macOS may give it)', async () => {
    const typed = 'Contraseña de la Defensoría';
    const file = await encryptText('texto', typed.normalize('NFC'), CHEAP);
    expect(typed.normalize('NFD')).not.toBe(typed.normalize('NFC'));
    expect((await decryptText(file, typed.normalize('NFD'))).text).toBe('texto');
  });

  it('says a wrong passphrase is wrong, in both languages, and gives no text', async () => {
    const opened = await decryptText(encrypted, 'puente de calicanto, cusco 2017', 'copia.json');
    expect(opened.text).toBeUndefined();
    expect(opened.reason).toBe('passphrase');
    expect(opened.problems).toEqual([
      {
        path: 'copia.json',
        code: 'invalid',
        severity: 'error',
        message: 'The passphrase does not open this file',
        messageEs: 'La contraseña no abre este archivo',
      },
    ]);
  });

  it('rejects a byte changed in the ciphertext, telling it from a wrong passphrase', async () => {
    const envelope = JSON.parse(encrypted) as Envelope;
    const data = fromBase64(envelope.data)!;
    data[Math.floor(data.length / 2)]! ^= 0x01;
    const opened = await decryptText(JSON.stringify({ ...envelope, data: toBase64(data) }), PASSPHRASE, 'copia.json');
    expect(opened.text).toBeUndefined();
    expect(opened.reason).toBe('damaged');
    expect(opened.problems?.[0]).toMatchObject({
      path: 'copia.json',
      message: 'was changed or damaged after it was encrypted: not even the right passphrase opens it',
      messageEs: 'fue modificado o se dañó después de cifrarse: ni la contraseña correcta lo abre',
    });
  });

  it('says where a file cut short stops, and asks for no passphrase to say it', () => {
    const cut = encrypted.slice(0, 700);
    expect(looksEncrypted(cut)).toBe(true);
    const { envelope, problems } = readEnvelope(cut, 'copia.json');
    expect(envelope).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'copia.json',
        message: 'is an encrypted Puentes file cut short or damaged at character 701',
        messageEs: 'es un archivo cifrado de Puentes cortado o dañado en el carácter 701',
      }),
    ]);
  });
});

describe('decryptText on a changed file', () => {
  it('opens nothing when any one character of the file is changed, wherever it is', async () => {
    const file = await encryptText('{"format":"puentes-backup","scenarios":["Defensoría del Pueblo"]}', PASSPHRASE, CHEAP);
    const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const opened: string[] = [];
    const reasons = new Set<string>();
    for (let i = 0; i < file.length; i++) {
      const at = base64.indexOf(file[i]!);
      // Another character of the same kind where there is one, so most changes still read as an envelope.
      const other = at >= 0 ? base64[(at + 1) % 64]! : /\d/.test(file[i]!) ? String((Number(file[i]) + 1) % 10) : 'x';
      const result = await decryptText(file.slice(0, i) + other + file.slice(i + 1), PASSPHRASE);
      if (result.text !== undefined) opened.push(`${i}: ${file.slice(Math.max(0, i - 10), i + 10)}`);
      else reasons.add(result.reason);
    }
    expect(opened).toEqual([]);
    // A changed salt, check or cost reads as a wrong passphrase (no key the passphrase gives matches); the rest as damage.
    expect([...reasons].sort()).toEqual(['damaged', 'passphrase']);
    expect((await decryptText(file, PASSPHRASE)).text).toContain('Defensoría del Pueblo');
  });
});

describe('readEnvelope(text, fileName)', () => {
  const good = () => JSON.parse(encrypted) as Envelope;
  const paths = (value: unknown) =>
    readEnvelope(typeof value === 'string' ? value : JSON.stringify(value), 'f.json').problems.map((p) => [p.path, p.messageEs]);

  it('names each damaged field', () => {
    const file = good();
    const broken = {
      ...file,
      kdf: { ...file.kdf, params: { N: 1000, r: 0, p: 1.5 }, salt: 'c2FsdA==' },
      cipher: { ...file.cipher, iv: 'not base64!' },
      data: 'AAAA',
    };
    expect(paths(broken)).toEqual([
      ['f.json: kdf.params.N', 'falta o está dañado'],
      ['f.json: kdf.params.r', 'falta o está dañado'],
      ['f.json: kdf.params.p', 'falta o está dañado'],
      ['f.json: kdf.salt', 'falta o está dañado'],
      ['f.json: cipher.iv', 'falta o está dañado'],
      ['f.json: data', 'falta o está dañado'],
    ]);
    expect(paths({ format: 'puentes-encrypted' }).map(([path]) => path)).toEqual([
      'f.json: version',
      'f.json: kdf.name',
      'f.json: kdf.salt',
      'f.json: kdf.check',
      'f.json: cipher.name',
      'f.json: cipher.iv',
      'f.json: data',
    ]);
  });

  it('says what a newer Puentes wrote, a method it does not know, and a cost it will not pay', () => {
    const file = good();
    expect(paths({ ...file, version: 2 })).toEqual([
      ['f.json: version', 'lo cifró una versión más nueva de Puentes (versión de archivo 2); esta abre la versión 1'],
    ]);
    expect(paths({ ...file, kdf: { ...file.kdf, name: 'argon2id' }, cipher: { ...file.cipher, name: 'ChaCha20' } })).toEqual([
      ['f.json: kdf.name', 'indica «argon2id», un método que esta versión de Puentes no sabe abrir'],
      ['f.json: cipher.name', 'indica «ChaCha20», un método que esta versión de Puentes no sabe abrir'],
    ]);
    // 2^21 · 8 · 128 bytes = 2 GiB.
    expect(paths({ ...file, kdf: { ...file.kdf, params: { N: 2 ** 21, r: 8, p: 1 } } })).toEqual([
      ['f.json: kdf.params', 'pide 2048 MB de memoria para abrirse; Puentes usa como máximo 1024 MB'],
    ]);
  });

  it('reads garbage as a located problem and never throws', async () => {
    for (const text of ['', 'null', '[]', '"puentes-encrypted"', '{"format":"puentes-encrypted"', '\u0000\u00ff garbage']) {
      const { envelope, problems } = readEnvelope(text, 'g.json');
      expect(envelope).toBeNull();
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.path.startsWith('g.json'))).toBe(true);
      const opened = await decryptText(text, PASSPHRASE, 'g.json');
      expect(opened.reason).toBe('damaged');
    }
  });
});

describe('toBase64 / fromBase64', () => {
  it('round-trip every byte value, and refuse anything but the one way of writing them', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 + 1 }, (_, i) => i % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(new TextEncoder().encode('Perú'))).toBe('UGVyw7o=');
    expect(fromBase64('UGVyw7o=')).toEqual(new TextEncoder().encode('Perú'));
    // 'UGVyw7p=' decodes to the same bytes in a lenient decoder (the unused bits differ): refused here.
    expect(fromBase64('UGVyw7p=')).toBeNull();
    expect(fromBase64('UGVyw7o')).toBeNull();
    expect(fromBase64('UGVy w7o=')).toBeNull();
  });
});
