/// <reference lib="webworker" />
/**
 * The encryption worker: protects a file with a passphrase and opens one
 * (io/encrypted-file.ts). Deriving the key takes about half a second and
 * 128 MiB, which the page's thread must not spend.
 */
import { decryptText, encryptText } from '../io/encrypted-file';
import { loadCatalogues } from '../text/catalogues';
import type { EncryptionRequest, EncryptionResponse } from './encryption-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The problems of a file that does not open are worded in both languages, from the catalogues.
const catalogues = loadCatalogues();

scope.onmessage = async (event: MessageEvent<EncryptionRequest>) => {
  await catalogues;
  const request = event.data;
  const post = (message: EncryptionResponse) => scope.postMessage(message);
  try {
    if (request.type === 'encrypt') post({ type: 'encrypted', id: request.id, text: await encryptText(request.text, request.passphrase) });
    else post({ type: 'decrypted', id: request.id, opened: await decryptText(request.text, request.passphrase, request.fileName) });
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
