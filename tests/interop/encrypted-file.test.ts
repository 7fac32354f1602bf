// Encrypted files (io/encrypted-file.ts) checked against implementations that share no code with the app: the
// scrypt of RFC 7914's own test vector, and Python, whose hashlib.scrypt is OpenSSL's and whose AES-GCM is the
// cryptography package's, opening what Puentes encrypts at the real cost and writing a file Puentes opens.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scrypt } from '@noble/hashes/scrypt.js';
import { afterAll, describe, expect, it } from 'vitest';
import { decryptText, encryptText, SCRYPT_PARAMS } from '../../src/io/encrypted-file';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('the scrypt the app derives its keys with', () => {
  it('gives RFC 7914 §12’s value for "pleaseletmein", "SodiumChloride", N = 16384, r = 8, p = 1', () => {
    expect(hex(scrypt('pleaseletmein', 'SodiumChloride', { N: 16384, r: 8, p: 1, dkLen: 64 }))).toBe(
      '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2' +
        'd5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887',
    );
  });
});

const python = '/usr/bin/python3';
const probe = spawnSync(python, ['-c', 'import hashlib, cryptography; hashlib.scrypt'], { encoding: 'utf8' });
const havePython = probe.status === 0;
if (!havePython)
  console.warn(
    `\n*** SKIPPED: opening encrypted files in Python needs ${python} with the cryptography package ` +
      `(apt-get install -y python3-cryptography): ${probe.error?.message ?? probe.stderr.trim()}\n`,
  );

describe.skipIf(!havePython)('an encrypted file in Python (hashlib.scrypt, cryptography’s AES-GCM)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'puentes-encrypted-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const script = new URL('./encrypted_file.py', import.meta.url).pathname;
  const run = (command: 'open' | 'seal', text: string, passphrase: string) => {
    const path = join(folder, `${command}.json`);
    writeFileSync(path, text);
    return spawnSync(python, [script, command, path, passphrase], { encoding: 'utf8' });
  };
  const PASSPHRASE = 'Contraseña: Cañón del Colca';
  const TEXT = JSON.stringify({ actors: ['Defensoría del Pueblo', 'Asociación Pro Derechos Humanos'], note: 'ñ – “ü”' });

  it('opens what Puentes encrypted at the cost new files are written with, and not with a wrong passphrase', async () => {
    const file = await encryptText(TEXT, PASSPHRASE);
    expect(JSON.parse(file).kdf.params).toEqual(SCRYPT_PARAMS);
    const opened = run('open', file, PASSPHRASE);
    expect(opened.stderr).toBe('');
    expect(opened.status).toBe(0);
    expect(opened.stdout).toBe(TEXT);
    expect(run('open', file, 'Contrasena: Canon del Colca').status).toBe(2);
  });

  it('writes a file Puentes opens', async () => {
    const sealed = run('seal', TEXT, PASSPHRASE);
    expect(sealed.stderr).toBe('');
    expect(await decryptText(sealed.stdout, PASSPHRASE)).toEqual({ text: TEXT });
    expect((await decryptText(sealed.stdout, 'otra')).reason).toBe('passphrase');
  });
});
