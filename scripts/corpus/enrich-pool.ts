/**
 * Enriches papers in batches across worker threads (one per core): cleaning, tagging and claim
 * extraction are independent per paper and take most of a large build. Batches come back in dump
 * order, so the caller can index them as they arrive. Small dumps stay in this thread: starting
 * a worker costs more than it saves below a few thousand papers.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Paper } from '../../src/lib/types';
import { enrichPaper } from './enrich';
import type { RawPaper } from './enrich';
import type { BatchRequest } from './enrich-worker';
import { startWorker } from './ts-worker';

const BATCH_SIZE = 1000;
/** Below this many papers the build runs in one thread. */
const PARALLEL_FROM = 4000;

interface BatchReply {
  batch: number;
  papers?: Paper[];
  error?: string;
}

export function workerCount(papers: number): number {
  const env = Number(process.env.CORPUS_WORKERS);
  if (Number.isInteger(env) && env >= 0) return env;
  return papers < PARALLEL_FROM ? 0 : Math.min(4, availableParallelism());
}

function* inProcess(raw: readonly RawPaper[]): Generator<Paper[]> {
  for (let from = 0; from < raw.length; from += BATCH_SIZE) {
    yield raw.slice(from, from + BATCH_SIZE).map((p, i) => enrichPaper(p, from + i));
  }
}

/** Yields the enriched papers batch by batch, in dump order. */
export async function* enrichAll(
  raw: readonly RawPaper[],
  workers = workerCount(raw.length),
): AsyncGenerator<Paper[]> {
  if (workers === 0) {
    yield* inProcess(raw);
    return;
  }
  const batches = Math.ceil(raw.length / BATCH_SIZE);
  const done = new Map<number, Paper[]>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let nextToSend = 0;
  const pool = Array.from({ length: Math.min(workers, batches) }, () =>
    startWorker(new URL('./enrich-worker.ts', import.meta.url)),
  );
  const send = (w: Worker): void => {
    if (nextToSend >= batches) return;
    const from = nextToSend * BATCH_SIZE;
    const req: BatchRequest = {
      batch: nextToSend++,
      from,
      papers: raw.slice(from, from + BATCH_SIZE),
    };
    w.postMessage(req);
  };
  for (const w of pool) {
    w.on('message', (reply: BatchReply) => {
      if (reply.error !== undefined) failure ??= new Error(reply.error);
      else done.set(reply.batch, reply.papers ?? []);
      send(w);
      wake?.();
    });
    w.on('error', (e) => {
      failure ??= e;
      wake?.();
    });
    // Two batches in flight per worker: no idle gap while the main thread reads a reply.
    send(w);
    send(w);
  }
  try {
    for (let b = 0; b < batches; b += 1) {
      while (!done.has(b) && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      const papers = done.get(b)!;
      done.delete(b);
      yield papers;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
