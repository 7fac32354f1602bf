/**
 * The encryption worker's supervisor: protects a text with a passphrase and
 * opens a protected one, each answered by promise. The worker is started for
 * a request and stopped once none is waiting, so the memory scrypt takes is
 * given back at once.
 */
import type { Opened } from '../io/encrypted-file';
import type { EncryptionRequest, EncryptionResponse } from './encryption-messages';

/** The message of a request that failed because the worker was stopped. */
export const CANCELLED = 'cancelled';

/** A request before the runner numbers it (Omit distributed over the union). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

export class EncryptionRunner {
  #worker: Worker | null = null;
  #next = 0;
  #pending = new Map<number, { resolve: (response: EncryptionResponse) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly createWorker: () => Worker = () =>
      new Worker(new URL('./encryption.worker.ts', import.meta.url), { type: 'module', name: 'puentes-encryption' }),
  ) {}

  #send(request: Unnumbered<EncryptionRequest>): Promise<EncryptionResponse> {
    if (!this.#worker) {
      const worker = (this.#worker = this.createWorker());
      worker.onmessage = (event: MessageEvent<EncryptionResponse>) => {
        this.#pending.get(event.data.id)?.resolve(event.data);
        this.#pending.delete(event.data.id);
        if (this.#pending.size === 0) this.close();
      };
      // The worker could not start or ran out of memory: every waiting request fails with what it said.
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        const error = new Error(event.message || 'state/encryption-runner: the encryption worker stopped');
        for (const pending of this.#pending.values()) pending.reject(error);
        this.#pending.clear();
        this.close();
      };
    }
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker!.postMessage({ ...request, id } as EncryptionRequest);
    });
  }

  /** `text` encrypted with `passphrase`, as an encrypted file's text. Rejects with the worker's error. */
  async encrypt(text: string, passphrase: string): Promise<string> {
    const response = await this.#send({ type: 'encrypt', text, passphrase });
    if (response.type === 'encrypted') return response.text;
    throw new Error(response.type === 'error' ? response.message : 'state/encryption-runner: unexpected answer');
  }

  /** An encrypted file opened with `passphrase`: its text, or why it does not open. Rejects only if the worker fails. */
  async decrypt(text: string, passphrase: string, fileName: string): Promise<Opened> {
    const response = await this.#send({ type: 'decrypt', text, passphrase, fileName });
    if (response.type === 'decrypted') return response.opened;
    throw new Error(response.type === 'error' ? response.message : 'state/encryption-runner: unexpected answer');
  }

  /** Stops the worker; a request still waiting fails as cancelled. */
  close(): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const pending of this.#pending.values()) pending.reject(new Error(CANCELLED));
    this.#pending.clear();
  }
}

/** The page's one runner, shared by the backup panel, the export menu and the import dialog. */
export const encryption = new EncryptionRunner();
