/**
 * Streams the index file (gzip-compressed by the build): the bytes land in one buffer of the size
 * the header announces, progress is reported as they come, and the head (vocabulary, title and
 * name postings) is decoded as soon as it is in, so titles are searchable while the abstracts'
 * postings are still on their way (at 100k papers, 11 MB).
 */
import { decodeBody, decodeHead, HEADER_BYTES, readHeader } from '../lib/search/index-codec';
import type { IndexData } from '../lib/search/index-data';

export interface StreamCallbacks {
  onProgress?: (received: number, total: number) => void;
  onHead?: (head: IndexData) => void;
}

/** The body, decompressed when it starts with gzip's magic number (a host may have undone it). */
async function decompressed(body: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> {
  const [peek, whole] = body.tee();
  const reader = peek.getReader();
  const { value } = await reader.read();
  void reader.cancel();
  if (value?.[0] !== 0x1f || value[1] !== 0x8b) return whole;
  // DOM's typings give DecompressionStream a BufferSource input, which pipeThrough does not accept.
  const gunzip = new DecompressionStream('gzip');
  return whole.pipeThrough(gunzip as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
}

export async function streamIndex(url: string, cb: StreamCallbacks = {}): Promise<IndexData> {
  const res = await fetch(url);
  if (!res.ok || !res.body)
    throw new Error(`the search index could not be loaded (HTTP ${res.status})`);
  const reader = (await decompressed(res.body)).getReader();
  // Until the header is in (headEnd is 0), the buffer grows with what came; then it has the
  // announced size.
  let buf = new Uint8Array(0);
  let headEnd = 0;
  let got = 0;
  let head: IndexData | undefined;
  const resize = (length: number) => {
    if (headEnd || got > length) throw new Error('the search index is longer than its header says');
    const next = new Uint8Array(length);
    next.set(buf.subarray(0, got));
    buf = next;
  };
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    if (got + r.value.length > buf.length) resize(got + r.value.length);
    buf.set(r.value, got);
    got += r.value.length;
    if (!headEnd && got >= HEADER_BYTES) {
      const header = readHeader(buf);
      resize(header.totalLength);
      headEnd = header.headEnd;
    }
    if (!headEnd) continue;
    cb.onProgress?.(got, buf.length);
    if (!head && got >= headEnd) {
      head = decodeHead(buf.subarray(0, headEnd));
      cb.onHead?.(head);
    }
  }
  if (!head || got !== buf.length) throw new Error('the search index is truncated');
  return decodeBody(buf, head);
}
