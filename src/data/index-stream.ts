/**
 * Streams index.bin: the bytes land in one buffer of the size the header announces, progress is
 * reported as they come, and the head (vocabulary, title and name postings) is decoded as soon as
 * it is in, so titles are searchable while the abstracts' postings are still on their way.
 */
import { decodeBody, decodeHead, HEADER_BYTES, readHeader } from '../lib/search/index-codec';
import type { IndexData } from '../lib/search/index-data';

export interface StreamCallbacks {
  onProgress?: (received: number, total: number) => void;
  onHead?: (head: IndexData) => void;
}

export async function streamIndex(url: string, cb: StreamCallbacks = {}): Promise<IndexData> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the search index could not be loaded (HTTP ${res.status})`);
  const reader = res.body?.getReader();
  if (!reader) {
    const all = new Uint8Array(await res.arrayBuffer());
    const head = decodeHead(all);
    cb.onHead?.(head);
    return decodeBody(all, head);
  }
  let early = new Uint8Array(0);
  let buf: Uint8Array | undefined;
  let total = 0;
  let headEnd = 0;
  let got = 0;
  let head: IndexData | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!buf) {
      const joined = new Uint8Array(early.length + value.length);
      joined.set(early);
      joined.set(value, early.length);
      if (joined.length < HEADER_BYTES) {
        early = joined;
        continue;
      }
      const h = readHeader(joined);
      total = h.totalLength;
      headEnd = h.headEnd;
      buf = new Uint8Array(total);
      if (joined.length > total) throw new Error('search index: longer than its header says');
      buf.set(joined);
      got = joined.length;
    } else {
      if (got + value.length > total) throw new Error('search index: longer than its header says');
      buf.set(value, got);
      got += value.length;
    }
    cb.onProgress?.(got, total);
    if (!head && got >= headEnd) {
      head = decodeHead(buf.subarray(0, headEnd));
      cb.onHead?.(head);
    }
  }
  if (!buf || got !== total || !head) throw new Error('search index: the file is truncated');
  return decodeBody(buf, head);
}
