/**
 * Streams the index file (gzip-compressed by the build): the bytes land in one buffer of the size the header announces, progress is
 * reported as they come, and the head (vocabulary, title and name postings) is decoded as soon as
 * it is in, so titles are searchable while the abstracts' postings are still on their way.
 */
import { decodeBody, decodeHead, HEADER_BYTES, readHeader } from '../lib/search/index-codec';
import type { IndexData } from '../lib/search/index-data';

export interface StreamCallbacks {
  onProgress?: (received: number, total: number) => void;
  onHead?: (head: IndexData) => void;
}

/** gzip's magic number: the build compresses the index (a host may already have undone that). */
const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

// DOM's typings give DecompressionStream a BufferSource input, which pipeThrough does not accept.
const gunzip = (s: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> =>
  s.pipeThrough(
    new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );

/** The body as sent, decompressed when it is gzip: hosts rarely compress binary files themselves. */
async function indexBody(res: Response): Promise<ReadableStream<Uint8Array> | Uint8Array> {
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    if (!isGzip(all)) return all;
    return gunzip(new Blob([all]).stream());
  }
  const reader = res.body.getReader();
  const first = await reader.read();
  const start = first.value ?? new Uint8Array(0);
  // The chunk read to look at the magic number goes first, then the rest of the body.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (start.length) controller.enqueue(start);
      if (first.done) controller.close();
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return isGzip(start) ? gunzip(body) : body;
}

export async function streamIndex(url: string, cb: StreamCallbacks = {}): Promise<IndexData> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the search index could not be loaded (HTTP ${res.status})`);
  const body = await indexBody(res);
  if (body instanceof Uint8Array) {
    const head = decodeHead(body);
    cb.onHead?.(head);
    return decodeBody(body, head);
  }
  const reader = body.getReader();
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
