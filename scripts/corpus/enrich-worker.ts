/** Worker thread of enrich-pool.ts: enriches the batches it is sent, in the order received. */
import { parentPort } from 'node:worker_threads';
import { enrichPaper } from './enrich';
import type { RawPaper } from './enrich';

export interface BatchRequest {
  batch: number;
  from: number;
  papers: RawPaper[];
}

parentPort?.on('message', (req: BatchRequest) => {
  try {
    const papers = req.papers.map((p, i) => enrichPaper(p, req.from + i));
    parentPort?.postMessage({ batch: req.batch, papers });
  } catch (e) {
    parentPort?.postMessage({
      batch: req.batch,
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
});
