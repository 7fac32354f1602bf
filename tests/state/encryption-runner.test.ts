// The encryption worker's supervisor (state/encryption-runner.ts), with a stand-in worker that answers as the real
// one does (state/encryption.worker.ts calls the same two functions): requests answered by id, the worker stopped
// once nothing waits (scrypt's 128 MiB given back), and a failed worker failing what waits, not hanging it.
import { describe, expect, it } from 'vitest';
import { decryptText, encryptText } from '../../src/io/encrypted-file';
import type { EncryptionRequest, EncryptionResponse } from '../../src/state/encryption-messages';
import { CANCELLED, EncryptionRunner } from '../../src/state/encryption-runner';

class StandInWorker {
  onmessage: ((event: MessageEvent<EncryptionResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: EncryptionRequest[] = [];
  constructor(private readonly fail = false) {}
  postMessage(request: EncryptionRequest) {
    this.requests.push(request);
    if (this.fail) {
      queueMicrotask(() => this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent));
      return;
    }
    void (async () => {
      const answer: EncryptionResponse =
        request.type === 'encrypt'
          ? { type: 'encrypted', id: request.id, text: await encryptText(request.text, request.passphrase) }
          : { type: 'decrypted', id: request.id, opened: await decryptText(request.text, request.passphrase, request.fileName) };
      if (!this.terminated) this.onmessage?.({ data: answer } as MessageEvent<EncryptionResponse>);
    })();
  }
  terminate() {
    this.terminated = true;
  }
}

describe('EncryptionRunner', () => {
  it('encrypts and decrypts in a worker started for each request and stopped when nothing waits', async () => {
    const workers: StandInWorker[] = [];
    const runner = new EncryptionRunner(() => {
      workers.push(new StandInWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const file = await runner.encrypt('{"actors":["Red Muqui"]}', 'una contraseña larga');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(file).not.toContain('Red Muqui');
    const [right, wrong] = await Promise.all([
      runner.decrypt(file, 'una contraseña larga', 'red.json'),
      runner.decrypt(file, 'otra contraseña', 'red.json'),
    ]);
    expect(right).toEqual({ text: '{"actors":["Red Muqui"]}' });
    expect(wrong).toMatchObject({ reason: 'passphrase', problems: [{ messageEs: 'La contraseña no abre este archivo' }] });
    // Both waited on one worker, stopped after the second answer.
    expect(workers).toHaveLength(2);
    expect(workers[1]!.requests.map((r) => r.id)).toEqual([2, 3]);
    expect(workers[1]!.terminated).toBe(true);
  });

  it('fails what waits when the worker fails, and starts a new one for the next request', async () => {
    const workers: StandInWorker[] = [];
    const runner = new EncryptionRunner(() => {
      workers.push(new StandInWorker(workers.length === 0));
      return workers.at(-1) as unknown as Worker;
    });
    await expect(runner.encrypt('texto', 'una contraseña larga')).rejects.toThrow('out of memory');
    expect(workers[0]!.terminated).toBe(true);
    expect(await runner.decrypt('{}', 'x', 'a.json')).toMatchObject({ reason: 'damaged' });
    expect(workers).toHaveLength(2);
  });

  it('fails a request still waiting when it is closed', async () => {
    const runner = new EncryptionRunner(() => ({ postMessage() {}, terminate() {} }) as unknown as Worker);
    const waiting = runner.encrypt('texto', 'una contraseña larga');
    runner.close();
    await expect(waiting).rejects.toThrow(CANCELLED);
  });
});
