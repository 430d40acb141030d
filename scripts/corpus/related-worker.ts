/** Worker thread of related-task.ts: related papers from term counts. */
import { parentPort } from 'node:worker_threads';
import { relatedFromCounts } from '../../src/lib/related/related-papers';
import type { TermCounts } from '../../src/lib/related/term-counts';

parentPort?.on('message', (counts: TermCounts) => {
  try {
    parentPort?.postMessage({ related: relatedFromCounts(counts) });
  } catch (e) {
    parentPort?.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
