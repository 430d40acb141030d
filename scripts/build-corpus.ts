/**
 * Corpus build: dump -> parse -> clean -> tag -> extract -> index -> corpus files
 * (meta.json, details shards, index.bin; corpus.json too with CORPUS_JSON=1; see src/lib/corpus-format.ts).
 * Usage: PAPERS_DUMP=/abs/dump.txt CORPUS_OUT=public/data tsx scripts/build-corpus.ts
 * CORPUS_WORKERS=n sets the worker threads (0: one thread); CORPUS_SHARD_SIZE the papers per shard.
 * CURATION=/abs/curation.json overrides data/curation.json (per-slug tag corrections).
 * Exits 1 with one clear line (no stack trace) when the dump or the curation cannot be used.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DumpError } from '../src/lib/dump/parse-dump';
import { buildAll } from './corpus/build';
import { CurationError, readCuration } from './corpus/curation';
import { shardSize, writeDetails, writeMap, writeMetaAndIndex } from './corpus/write-corpus';

const dumpPath = resolve(process.env.PAPERS_DUMP ?? 'data/papers.txt');
const outDir = resolve(process.env.CORPUS_OUT ?? 'public/data');
const curationPath = resolve(process.env.CURATION || 'data/curation.json');

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

function readDump(path: string): string {
  try {
    if (!statSync(path).isFile()) fail(`${path} is not a file`);
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `dump not found: ${path}`
        : `cannot read dump ${path} (${code ?? 'unknown error'})`,
    );
  }
}

// A bad setting is said before the minutes a large build takes, not after.
try {
  shardSize();
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}

const started = performance.now();
try {
  // Read first: a broken curation file should stop the build before the dump is processed.
  const loaded = readCuration(curationPath, Boolean(process.env.CURATION));
  const text = readDump(dumpPath);
  const files: string[] = [];
  const { corpus, warnings, stages, curationWarnings, layout } = await buildAll(text, {
    source: dumpPath,
    curation: loaded.curation,
    topicCuration: loaded.topics,
    onProgress: (msg) => process.stdout.write(`${msg}\n`),
    // Written while the related papers are computed in a worker thread.
    beforeRelated: (early, index) => files.push(...writeMetaAndIndex(outDir, early, index)),
    // Written while the map is laid out in a worker thread.
    beforeMap: (done) => files.push(...writeDetails(outDir, done)),
  });
  for (const w of warnings) process.stderr.write(`warning: line ${w.line}: ${w.message}\n`);
  const curationNotes = [...loaded.warnings, ...curationWarnings];
  for (const w of curationNotes) process.stderr.write(`warning: ${w}\n`);
  const writeStart = performance.now();
  files.push(...writeMap(outDir, corpus, layout));
  stages['write map'] = Math.round(performance.now() - writeStart);
  const ms = Math.round(performance.now() - started);
  if (corpus.papers.length >= 10_000) {
    const list = Object.entries(stages).map(([k, v]) => `${k} ${v} ms`);
    process.stdout.write(`stages: ${list.join(', ')}\n`);
  } else process.stdout.write(`map layout ${stages['map layout'] ?? 0} ms\n`);
  process.stdout.write(
    `built ${corpus.papers.length} papers with ${warnings.length + curationNotes.length} warning(s) in ${ms} ms -> ${outDir} (${files.length} files)\n`,
  );
} catch (e) {
  if (e instanceof DumpError || e instanceof CurationError) fail(e.message);
  fail(
    `unexpected failure while building the corpus: ${e instanceof Error ? e.message : String(e)}`,
  );
}
