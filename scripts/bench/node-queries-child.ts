/**
 * Runs in its own Node process (--expose-gc) so heap figures belong to one corpus only.
 * Usage: node --expose-gc --import tsx scripts/bench/node-queries-child.ts <corpus.json>
 * Prints one JSON line (NodeQueryMetrics) last.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Paper } from '../../src/lib/types';
import { QUERIES, TYPING_PHRASES, prefixes } from './queries';
import { naiveHaystacks, naiveSearch } from './naive-scan';
import { errorMessage, summarize } from './stats';
import type { NodeQueryMetrics, QueryTiming } from './node-types';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
/** JS heap plus array buffers (a typed-array index lives outside the heap proper). */
function heapUsed(): number {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Wall and CPU time of fn (CPU time is robust to other processes on a shared machine). */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(c);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, value };
}

/** Each query once to warm up, then `reps` timed runs; returns all samples and per-query hits. */
function timeQueries(run: (q: string) => number, reps: number): QueryTiming {
  const samples: number[] = [];
  const perQuery = QUERIES.map(({ q }) => {
    const hits = run(q);
    const own: number[] = [];
    for (let r = 0; r < reps; r++) own.push(time(() => run(q)).ms);
    samples.push(...own);
    return { q, hits, p50: summarize(own).p50 };
  });
  return { latency: summarize(samples), perQuery };
}

const corpusPath = process.argv[2];
if (!corpusPath) throw new Error('usage: node-queries-child.ts <corpus.json>');
const heap0 = heapUsed();
const parsed = time(() => JSON.parse(readFileSync(corpusPath, 'utf8')) as { papers: Paper[] });
const papers = parsed.value.papers;
const heapCorpus = heapUsed() - heap0;
const reps = papers.length >= 50_000 ? 3 : 5;
const out: NodeQueryMetrics = { papers: papers.length, parseMs: parsed.ms, heapCorpus };

try {
  const { createSearchIndex } = await import('../../src/lib/search/engine');
  const { searchIndex } = await import('../../src/testing/ranked-hits');
  const { parseQuery } = await import('../../src/lib/search/query');
  const before = heapUsed();
  const built = time(() => createSearchIndex(papers));
  const heapIndex = heapUsed() - before;
  const t = timeQueries((q) => searchIndex(built.value, parseQuery(q)).length, reps);
  out.engine = { indexMs: built.ms, indexCpuMs: built.cpuMs, heapIndex, ...t };
} catch (e) {
  out.engineError = errorMessage(e);
}

// The index file meta.json names (gzip-compressed by the build).
const metaPath = join(dirname(corpusPath), 'meta.json');
const indexFile = existsSync(metaPath)
  ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { index: { file: string } }).index.file
  : 'index.bin';
const indexBin = join(dirname(corpusPath), indexFile);
if (existsSync(indexBin)) {
  try {
    // What the browser does: decode the index the build wrote instead of building one.
    const { loadIndex } = await import('../../src/lib/search/engine');
    const { searchIndex } = await import('../../src/testing/ranked-hits');
    const { parseQuery } = await import('../../src/lib/search/query');
    const file = readFileSync(indexBin);
    const bytes = new Uint8Array(file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file);
    const before = heapUsed();
    const loaded = time(() => loadIndex(bytes, papers));
    const heapIndex = heapUsed() - before;
    const t = timeQueries((q) => searchIndex(loaded.value, parseQuery(q)).length, reps);
    out.loaded = { bytes: bytes.length, loadMs: loaded.ms, heapIndex, ...t };
  } catch (e) {
    out.loadedError = errorMessage(e);
  }
}

try {
  // The same call the search page makes per keystroke: search + facet counts + sort.
  const { runSearch, runSearchPage } = await import('./search-service');
  const { viewOf } = await import('../../src/lib/url/view-state');
  const prepare = time(() => runSearch(papers, viewOf('')));
  const t = timeQueries((q) => runSearch(papers, viewOf(q)).hits.length, reps);
  const typing: number[] = [];
  for (const phrase of TYPING_PHRASES) {
    // What a keystroke asks the search worker for: the first page, counts and terms.
    for (const q of prefixes(phrase))
      typing.push(time(() => runSearchPage(papers, viewOf(q), 0, 25)).ms);
  }
  out.pipeline = {
    prepareMs: prepare.ms,
    prepareCpuMs: prepare.cpuMs,
    ...t,
    typing: summarize(typing),
  };
} catch (e) {
  out.pipelineError = errorMessage(e);
}

const hay = time(() => naiveHaystacks(papers));
out.naive = { prepMs: hay.ms, ...timeQueries((q) => naiveSearch(hay.value, q).length, reps) };
process.stdout.write(`${JSON.stringify(out)}\n`);
