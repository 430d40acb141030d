import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndexData } from '../lib/search/index-build';
import { encodeIndex } from '../lib/search/index-codec';
import { streamIndex } from './index-stream';

const docs = [
  { title: 'Sparse attention for long context', abstract: 'We study sparse attention.' },
  { title: 'State space models', name: 'S4', abstract: 'Structured state spaces scale.' },
];

/** A response whose body arrives in small chunks, as over a network. */
function chunked(bytes: Uint8Array, size = 7): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, (at += size)));
    },
  });
  return new Response(body);
}

afterEach(() => vi.unstubAllGlobals());

describe('streamIndex', () => {
  const raw = encodeIndex(buildIndexData(docs));

  it('reads the gzip file the build writes, and a plain one (a host may have decompressed it)', async () => {
    for (const bytes of [new Uint8Array(gzipSync(raw)), raw]) {
      vi.stubGlobal('fetch', async () => chunked(bytes));
      const progress: number[] = [];
      const data = await streamIndex('/data/index', { onProgress: (got) => progress.push(got) });
      expect(data.docCount).toBe(2);
      expect(progress.at(-1)).toBe(raw.length);
    }
  });

  it('says so when the file is cut short', async () => {
    vi.stubGlobal('fetch', async () => chunked(raw.slice(0, raw.length - 3)));
    await expect(streamIndex('/data/index')).rejects.toThrow(/truncated/);
  });

  it('says so when the file is longer than its header says, in the header chunk or after it', async () => {
    for (const size of [raw.length + 3, 7]) {
      const longer = new Uint8Array(raw.length + 3);
      longer.set(raw);
      vi.stubGlobal('fetch', async () => chunked(longer, size));
      await expect(streamIndex('/data/index')).rejects.toThrow(/longer than its header/);
    }
  });
});
