/**
 * Corpus build: dump -> parse -> clean -> tag -> extract -> corpus JSON.
 * Usage: PAPERS_DUMP=/abs/dump.txt CORPUS_OUT=public/data tsx scripts/build-corpus.ts
 * Exits 1 with one clear line (no stack trace) when the dump cannot be used.
 */
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { DumpError } from '../src/lib/dump/parse-dump';
import { buildCorpus } from './corpus/build';

const dumpPath = resolve(process.env.PAPERS_DUMP ?? 'data/papers.txt');
const outDir = resolve(process.env.CORPUS_OUT ?? 'public/data');

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
    fail(code === 'ENOENT' ? `dump not found: ${path}` : `cannot read dump ${path} (${code ?? 'unknown error'})`);
  }
}

const started = performance.now();
try {
  const text = readDump(dumpPath);
  const { corpus, warnings } = buildCorpus(text, {
    source: dumpPath,
    onProgress: (msg) => process.stdout.write(`${msg}\n`),
  });
  for (const w of warnings) process.stderr.write(`warning: line ${w.line}: ${w.message}\n`);
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, 'corpus.json');
  writeFileSync(outFile, JSON.stringify(corpus));
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `built ${corpus.papers.length} papers with ${warnings.length} warning(s) in ${ms} ms -> ${outFile}\n`,
  );
} catch (e) {
  if (e instanceof DumpError) fail(e.message);
  fail(`unexpected failure while building the corpus: ${e instanceof Error ? e.message : String(e)}`);
}
