/**
 * Builds the Pagefind peer's index from a corpus JSON, in its own process.
 * Usage: node --import tsx scripts/bench/pagefind-build-child.ts <corpus.json> <outDir>
 * Prints one JSON line { ms, records } last.
 */
import { readFileSync, rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import type { Paper } from '../../src/lib/types';

const [corpusPath, outDir] = process.argv.slice(2);
if (!corpusPath || !outDir)
  throw new Error('usage: pagefind-build-child.ts <corpus.json> <outDir>');
const papers = (JSON.parse(readFileSync(corpusPath, 'utf8')) as { papers: Paper[] }).papers;
rmSync(outDir, { recursive: true, force: true });

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`pagefind createIndex failed: ${errors.join('; ')}`);
const BATCH = 500;
for (let i = 0; i < papers.length; i += BATCH) {
  const batch = papers.slice(i, i + BATCH).map((p) =>
    index.addCustomRecord({
      url: `/paper/${p.slug}`,
      content: `${p.title}\n${p.abstract}`,
      language: 'en',
      meta: { title: p.title },
    }),
  );
  for (const r of await Promise.all(batch)) {
    if (r.errors.length) throw new Error(`pagefind addCustomRecord: ${r.errors.join('; ')}`);
  }
}
const written = await index.writeFiles({ outputPath: outDir });
if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
const ms = performance.now() - started;
await pagefind.close();
process.stdout.write(`${JSON.stringify({ ms, records: papers.length })}\n`);
