/** Corpus build at one size: wall time, peak RSS, output sizes (raw and gzip). */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lastLine, runTs } from './proc';

interface CorpusFile {
  name: string;
  bytes: number;
  gzipBytes: number;
  /** Number of files summed (for a directory). */
  count?: number;
}

export interface BuildMetrics {
  wallMs: number;
  /** Time the script itself reports ("built N papers ... in M ms"), without Node/tsx start-up. */
  reportedMs?: number;
  peakRss?: number;
  cpuMs?: number;
  /** Set when the build only succeeded with a bigger Node heap than the default. */
  heapNote?: string;
  /** Per-stage times the build prints for large dumps. */
  stages?: Record<string, number>;
  papers: number;
  warnings: number;
  files: CorpusFile[];
}

const BIG_HEAP = '--max-old-space-size=12288';
const BUILT = /built (\d+) papers with (\d+) warning\(s\) in (\d+) ms/;

/**
 * Every file the build wrote, sizes raw and gzipped (level 6, what common static hosts use on the
 * fly); files in a sub-directory are summed as one entry ("details/", with a count).
 */
function corpusFiles(dir: string): CorpusFile[] {
  const out = new Map<string, CorpusFile>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, rel);
    if (!statSync(path).isFile()) continue;
    const top = rel.includes(sep) ? `${rel.split(sep)[0]}/` : rel;
    const buf = readFileSync(path);
    const entry = out.get(top) ?? { name: top, bytes: 0, gzipBytes: 0, count: 0 };
    entry.bytes += buf.length;
    entry.gzipBytes += gzipSync(buf, { level: 6 }).length;
    entry.count = (entry.count ?? 0) + 1;
    out.set(top, entry);
  }
  return [...out.values()];
}

/** "stages: parse 120 ms, enrich+index 3400 ms" (printed by the build for large dumps). */
function parseStages(stdout: string): Record<string, number> | undefined {
  const line = /^stages: (.+)$/m.exec(stdout)?.[1];
  if (!line) return undefined;
  const stages: Record<string, number> = {};
  for (const part of line.split(', ')) {
    const m = /^(.+) (\d+) ms$/.exec(part);
    if (m?.[1]) stages[m[1]] = Number(m[2]);
  }
  return stages;
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
  const stages = parseStages(res.stdout);
  if (stages) metrics.stages = stages;
  // Small builds print only the map's stage.
  const layout = /^map layout (\d+) ms$/m.exec(res.stdout)?.[1];
  if (layout) metrics.stages = { ...metrics.stages, 'map layout': Number(layout) };
  if (res.peakRss !== undefined) metrics.peakRss = res.peakRss;
  if (res.cpuMs !== undefined) metrics.cpuMs = res.cpuMs;
  if (!metrics.files.some((f) => f.name === 'meta.json'))
    throw new Error(`no meta.json written to ${outDir}`);
  return metrics;
}
