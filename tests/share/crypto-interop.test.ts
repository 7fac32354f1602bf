// The sealing is @noble's JavaScript (browsers withhold WebCrypto's subtle at a plain http address, as a workshop's
// server has); it must give exactly what the standard algorithms give. Node's WebCrypto is the independent check.
import { describe, expect, it } from 'vitest';
import { fromBase64Url, newRoom, roomKeys, toBase64Url, tokenDigest } from '../../src/share/room-key';
import { hiddenName, open, seal } from '../../src/share/sealed';

const subtle = globalThis.crypto.subtle;
const utf8 = (text: string) => new TextEncoder().encode(text);

async function webcryptoHkdf(secret: Uint8Array, salt: string, info: string): Promise<Uint8Array> {
  const base = await subtle.importKey('raw', secret as BufferSource, 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: utf8(salt), info: utf8(info) }, base, 256));
}

describe('the sealing of shared maps, against WebCrypto', () => {
  it('derives the same keys (HKDF-SHA-256), hides names with the same HMAC, and digests tokens with the same SHA-256', async () => {
    const room = newRoom();
    const keys = await roomKeys(room);
    const secret = fromBase64Url(room.key)!;
    expect(keys.seal).toEqual(await webcryptoHkdf(secret, room.room, 'puentes seal v1'));
    expect(keys.name).toEqual(await webcryptoHkdf(secret, room.room, 'puentes name v1'));
    const hmacKey = await subtle.importKey('raw', keys.name as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(await subtle.sign('HMAC', hmacKey, utf8('actor\u0000defensoria\u0000influence')));
    expect(await hiddenName(keys, 'actor\u0000defensoria\u0000influence')).toBe(toBase64Url(mac.subarray(0, 16)));
    const digest = new Uint8Array(await subtle.digest('SHA-256', fromBase64Url(room.token)! as BufferSource));
    expect(await tokenDigest(room.token)).toBe(toBase64Url(digest));
  });

  it('seals with AES-GCM as WebCrypto opens it, and opens what WebCrypto sealed', async () => {
    const keys = await roomKeys(newRoom());
    const aes = await subtle.importKey('raw', keys.seal as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
    const value = { kind: 'actor', id: 'defensoria', field: 'name', value: 'Defensoría del Pueblo', by: 'ana', at: 1 };
    const sealed = await seal(keys, 'nombre-oculto', value);
    const plain = await subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.slice(0, 12), additionalData: utf8('nombre-oculto') },
      aes,
      sealed.slice(12),
    );
    expect(JSON.parse(new TextDecoder().decode(plain))).toEqual(value);
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    const theirs = new Uint8Array(
      await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8('otro') }, aes, utf8(JSON.stringify(value))),
    );
    const framed = new Uint8Array([...iv, ...theirs]);
    expect(await open(keys, 'otro', framed)).toEqual(value);
    // Under another name (the additional data), it does not open.
    expect(await open(keys, 'nombre-oculto', framed)).toBeUndefined();
  });
});
