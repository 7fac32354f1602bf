/** Messages between the page and the encryption worker (files protected with a passphrase). */
import type { Opened } from '../io/encrypted-file';

export type EncryptionRequest =
  | { type: 'encrypt'; id: number; text: string; passphrase: string }
  | { type: 'decrypt'; id: number; text: string; passphrase: string; fileName: string };

export type EncryptionResponse =
  | { type: 'encrypted'; id: number; text: string }
  | { type: 'decrypted'; id: number; opened: Opened }
  | { type: 'error'; id: number; message: string };
