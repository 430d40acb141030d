/** Corpus build at one size: wall time, peak RSS, output sizes (raw and gzip). */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lastLine, runTs } from './proc';

export interface CorpusFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

export interface BuildMetrics {
  wallMs: number;
  /** Time the script itself reports ("built N papers ... in M ms"), without Node/tsx start-up. */
  reportedMs?: number;
  peakRss?: number;
  cpuMs?: number;
  /** Set when the build only succeeded with a bigger Node heap than the default. */
  heapNote?: string;
  papers: number;
  warnings: number;
  files: CorpusFile[];
}

const BIG_HEAP = '--max-old-space-size=12288';
const BUILT = /built (\d+) papers with (\d+) warning\(s\) in (\d+) ms/;

/** Gzip level 6 is what common static hosts use on the fly. */
export function corpusFiles(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => {
      const buf = readFileSync(join(dir, name));
      return { name, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 6 }).length };
    });
}

export async function measureBuild(dumpPath: string, outDir: string): Promise<BuildMetrics> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const run = (nodeFlags: string[]) =>
    runTs('scripts/build-corpus.ts', [], {
      env: { PAPERS_DUMP: resolve(dumpPath), CORPUS_OUT: resolve(outDir) },
      timeoutMs: 40 * 60_000,
      nodeFlags,
    });
  let res = await run([]);
  let heapNote: string | undefined;
  // Out of memory with Node's default heap is a finding, but a bigger heap still yields the other figures.
  if (res.code !== 0 && /heap out of memory|Allocation failed/i.test(res.stderr)) {
    heapNote = `default heap ran out after ${Math.round(res.wallMs / 1000)} s; measured with ${BIG_HEAP}`;
    res = await run([BIG_HEAP]);
  }
  if (res.code !== 0) {
    throw new Error(
      `corpus build exited ${res.code}: ${lastLine(res.stderr) || lastLine(res.stdout)}`,
    );
  }
  const m = BUILT.exec(res.stdout);
  const metrics: BuildMetrics = {
    wallMs: res.wallMs,
    papers: m ? Number(m[1]) : Number.NaN,
    warnings: m ? Number(m[2]) : Number.NaN,
    files: corpusFiles(outDir),
  };
  if (m) metrics.reportedMs = Number(m[3]);
  if (heapNote) metrics.heapNote = heapNote;
  if (res.peakRss !== undefined) metrics.peakRss = res.peakRss;
  if (res.cpuMs !== undefined) metrics.cpuMs = res.cpuMs;
  if (!metrics.files.some((f) => f.name.endsWith('.json')))
    throw new Error(`no corpus JSON written to ${outDir}`);
  return metrics;
}
