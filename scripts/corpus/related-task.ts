/**
 * Related papers in a worker thread, so the build can encode the index and write meta.json while
 * they are computed. The worker starts early (loading its code takes a moment) and waits.
 */
import type { RelatedByIndex } from '../../src/lib/related/related-papers';
import type { TermCounts } from '../../src/lib/related/term-counts';
import { startWorker } from './ts-worker';

export interface RelatedTask {
  run(counts: TermCounts): Promise<RelatedByIndex[][]>;
  close(): Promise<void>;
}

export function startRelatedTask(): RelatedTask {
  const worker = startWorker(new URL('./related-worker.ts', import.meta.url));
  return {
    run: (counts) =>
      new Promise((resolve, reject) => {
        worker.once('message', (reply: { related?: RelatedByIndex[][]; error?: string }) =>
          reply.related
            ? resolve(reply.related)
            : reject(new Error(reply.error ?? 'related papers failed')),
        );
        worker.once('error', reject);
        const buffers = [counts.docStart, counts.term, counts.tf, counts.word, counts.df].map(
          (a) => a.buffer as ArrayBuffer,
        );
        worker.postMessage(counts, buffers);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
