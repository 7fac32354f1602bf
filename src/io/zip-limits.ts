/**
 * Checks a workbook (an .xlsx is a zip of XML files) before it is parsed:
 * how much it really expands to and how many cells its sheets hold, read by
 * streaming each part through the browser's (or Node's) DecompressionStream
 * and stopping at the limit. A small file that would expand to gigabytes
 * (a "zip bomb", or just an enormous sheet) is refused with a clear message
 * in a fraction of a second, instead of freezing the import for a minute.
 * The sizes the zip declares are not trusted: the bytes are counted.
 */

/** The most a workbook may expand to, all parts together. */
export const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;
/** The most cells its sheets may hold (50 000 rows of 40 columns). */
export const MAX_CELLS = 2_000_000;

export type ZipVerdict =
  | { ok: true; expandedBytes: number; cells: number }
  | { ok: false; reason: 'not-zip' | 'too-large' | 'too-many-cells' | 'unsupported'; expandedBytes: number; cells: number };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The entries of the zip's central directory, or null if it has none. */
function entries(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65 535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const found: Entry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    found.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}

/** The compressed bytes of an entry, found through its local header. */
function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** Counts "<c" openings (cells) in XML that arrives in chunks. */
function cellCounter() {
  let tail = '';
  return (chunk: string): number => {
    const text = tail + chunk;
    const matches = text.match(/<c[\s>/]/g)?.length ?? 0;
    tail = text.slice(-2);
    // A match entirely inside the kept tail is counted again next time: leave it out now.
    return matches - (/<c[\s>/]$/.test(tail) ? 1 : 0);
  };
}

export async function checkWorkbook(data: ArrayBuffer, limits = { bytes: MAX_EXPANDED_BYTES, cells: MAX_CELLS }): Promise<ZipVerdict> {
  const bytes = new Uint8Array(data);
  const list = entries(bytes);
  let expandedBytes = 0;
  let cells = 0;
  if (!list) return { ok: false, reason: 'not-zip', expandedBytes, cells };
  for (const entry of list) {
    if (entry.name.endsWith('/')) continue;
    const compressed = dataOf(bytes, entry);
    if (!compressed) return { ok: false, reason: 'not-zip', expandedBytes, cells };
    if (entry.method !== 0 && entry.method !== 8) return { ok: false, reason: 'unsupported', expandedBytes, cells };
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    const count = isSheet ? cellCounter() : null;
    const decoder = isSheet ? new TextDecoder() : null;
    const stream = new Blob([compressed as BlobPart]).stream();
    const reader = (entry.method === 8 ? stream.pipeThrough(new DecompressionStream('deflate-raw')) : stream).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        expandedBytes += value.byteLength;
        if (expandedBytes > limits.bytes) {
          void reader.cancel();
          return { ok: false, reason: 'too-large', expandedBytes, cells };
        }
        if (count && decoder) {
          cells += count(decoder.decode(value, { stream: true }));
          if (cells > limits.cells) {
            void reader.cancel();
            return { ok: false, reason: 'too-many-cells', expandedBytes, cells };
          }
        }
      }
    } catch {
      return { ok: false, reason: 'not-zip', expandedBytes, cells };
    }
  }
  return { ok: true, expandedBytes, cells };
}
