/**
 * The worker threads a large dump's build uses (enrich-pool.ts, vector-task.ts) give what one
 * thread gives: forced on for the 119-paper dump, so the 100k path runs under test.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { buildAll } from './build';

afterEach(() => {
  vi.unstubAllEnvs();
});

it('builds the same corpus, index and map with worker threads as in one thread', async () => {
  const text = readFileSync('data/papers.txt', 'utf8');
  vi.stubEnv('CORPUS_WORKERS', '0');
  const one = await buildAll(text, { source: 'papers.txt' });
  vi.stubEnv('CORPUS_WORKERS', '2');
  const threads = await buildAll(text, { source: 'papers.txt' });
  expect({ ...threads.corpus, builtAt: '' }).toEqual({ ...one.corpus, builtAt: '' });
  expect(threads.index).toEqual(one.index);
  expect(threads.layout).toEqual(one.layout);
  expect(threads.corpus.papers.length).toBeGreaterThan(100);
});
