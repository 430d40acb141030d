/**
 * Benchmark: corpus build, first load, typing latency and heap, Node query latency, and peers
 * (naive scan, Pagefind) at 119 (real), 10k and 100k (synthetic) papers -> BENCHMARKS.md.
 * Usage: npm run bench [-- --smoke | --sizes 119,10000] [--reuse-site] [--map] | --report-only
 * --map: the map alone (its build stage and /map in Chromium), replacing only the map section.
 * --smoke: real dump only, results under bench-out/ only, exit 1 on any failed phase.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { after, failures, log, phase, type Phase } from './phase';
import { ensureDump, realSize } from './datasets';
import { writeJoinedCorpus } from './join-corpus';
import { measureBuild } from './measure-build';
import { measureNodeQueries } from './measure-node-queries';
import {
  launchChromium,
  measureBrowser,
  measureNaiveInBrowser,
  VIRTUAL_FILES,
} from './measure-browser';
import { measurePhrase } from './measure-phrase';
import { buildPagefind, measurePagefind } from './pagefind-peer';
import { BENCH_OUT, INDEX_HTML, buildSite, siteMounts } from './site';
import { startStaticServer } from './static-server';
import { machineInfo } from './machine';
import { readPrevious, renderReport, writeReport } from './report';
import { measureMap } from './measure-map';
import { renderMapSection, spliceMapSection, type MapSizeResult } from './report-map';

const MAP_RESULTS = join(BENCH_OUT, 'map-results.json');
const METHOD = '## Method';
import type { BenchResults, SizeResult } from './results-types';

function parseArgs(argv: string[]): { smoke: boolean; reuseSite: boolean; sizes: number[] } {
  const smoke = argv.includes('--smoke');
  // Reuses bench-out/site from an earlier run (saves a Vite build when only the corpus changed).
  const reuseSite = argv.includes('--reuse-site') && existsSync(INDEX_HTML);
  const i = argv.indexOf('--sizes');
  const list = i >= 0 ? (argv[i + 1] ?? '') : '';
  const sizes = smoke
    ? [realSize()]
    : list
      ? list.split(',').map(Number)
      : [realSize(), 10_000, 100_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad --sizes "${list}"`);
  return { smoke, reuseSite, sizes };
}

function both<A, B>(a: Phase<A>, b: Phase<B>): Phase<[A, B]> {
  if (!a.ok) return a;
  if (!b.ok) return b;
  return { ok: true, value: [a.value, b.value] };
}

async function benchSize(
  size: number,
  site: Phase<unknown>,
  browser: Phase<Browser>,
): Promise<SizeResult> {
  const corpusDir = join(BENCH_OUT, `corpus-${size}`);
  const corpusJson = join(corpusDir, 'corpus.json');
  const pagefindDir = join(BENCH_OUT, `pagefind-${size}`);
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const dump = await phase(`[${size}] dump`, () => ensureDump(size));
  const timed = await after(dump, `[${size}] corpus build`, (d) => measureBuild(d, corpusDir));
  // The peers read one corpus.json, which the app's build does not write: joined here, untimed.
  const build = await after(timed, `[${size}] corpus.json for the peers`, async (b) => {
    writeJoinedCorpus(corpusDir);
    return b;
  });
  const node = await after(build, `[${size}] node queries`, () => measureNodeQueries(corpusJson));
  const pagefindBuild = await after(build, `[${size}] pagefind build`, () =>
    buildPagefind(corpusJson, pagefindDir),
  );

  // The server needs only the corpus: the app phase also needs the site, the peers do not.
  const served = both(build, browser);
  const server = served.ok
    ? await startStaticServer(
        siteMounts(corpusDir, pagefindBuild.ok ? pagefindDir : undefined),
        INDEX_HTML,
        VIRTUAL_FILES,
      )
    : undefined;
  const withServer = <T>(p: Phase<T>): Phase<T> =>
    p.ok && !server ? { ok: false, error: 'no server' } : p;
  try {
    // Compress up front: gzipping per request would count as page load time.
    server?.precompress();
    const app = await after(withServer(both(site, browser)), `[${size}] browser`, ([, b]) =>
      measureBrowser(b, server!, size),
    );
    const phrase = await after(withServer(both(site, browser)), `[${size}] exact phrase`, ([, b]) =>
      measurePhrase(b, server!, size),
    );
    const map = await after(withServer(both(site, browser)), `[${size}] map`, ([, b]) =>
      measureMap(b, server!, size),
    );
    const naiveBrowser = await after(withServer(browser), `[${size}] naive scan in browser`, (b) =>
      measureNaiveInBrowser(b, server!, size),
    );
    const pf = await after(
      withServer(both(pagefindBuild, browser)),
      `[${size}] pagefind search`,
      ([, b]) => measurePagefind(b, server!),
    );
    const result: SizeResult = {
      size,
      measuredAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      dump: dump.ok ? dump.value : '',
      build,
      node,
      browser: app,
      phrase,
      naiveBrowser,
      pagefindBuild,
      pagefind: pf,
      map,
    };
    if (dump.ok) result.dumpBytes = statSync(dump.value).size;
    result.loadAvg = loadAtStart;
    return result;
  } finally {
    await server?.close();
  }
}

/** --report-only: rewrites BENCHMARKS.md from bench-out/results.json without measuring. */
async function reportOnly(): Promise<number> {
  const resultsPath = join(BENCH_OUT, 'results.json');
  const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchResults;
  await writeReport('BENCHMARKS.md', renderReport(results, readPrevious('BENCHMARKS.md')));
  log(`wrote BENCHMARKS.md from ${resultsPath}`);
  return 0;
}

/** The map alone at one size: corpus build (for its layout stage) and /map in Chromium. */
async function benchMap(
  size: number,
  site: Phase<unknown>,
  browser: Phase<Browser>,
): Promise<MapSizeResult> {
  const corpusDir = join(BENCH_OUT, `corpus-${size}`);
  const loadAvg = loadavg()[0] ?? Number.NaN;
  const measuredAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const dump = await phase(`[${size}] dump`, () => ensureDump(size));
  const build = await after(dump, `[${size}] corpus build`, (d) => measureBuild(d, corpusDir));
  const served = both(build, both(site, browser));
  const server = served.ok
    ? await startStaticServer(siteMounts(corpusDir), INDEX_HTML, VIRTUAL_FILES)
    : undefined;
  try {
    server?.precompress();
    const map = await after(served, `[${size}] map`, ([, [, b]]) => measureMap(b, server!, size));
    return { size, measuredAt, loadAvg, build, map };
  } finally {
    await server?.close();
  }
}

function readMapResults(): Record<string, MapSizeResult> {
  return existsSync(MAP_RESULTS)
    ? (JSON.parse(readFileSync(MAP_RESULTS, 'utf8')) as Record<string, MapSizeResult>)
    : {};
}

async function mapOnly(sizes: number[], reuseSite: boolean): Promise<number> {
  mkdirSync(BENCH_OUT, { recursive: true });
  const site = reuseSite
    ? ({ ok: true, value: { wallMs: 0 } } as const)
    : await phase('site build (vite)', buildSite);
  const browser = await phase('launch chromium', launchChromium);
  const results = readMapResults();
  try {
    for (const size of sizes) {
      results[String(size)] = await benchMap(size, site, browser);
      writeFileSync(MAP_RESULTS, JSON.stringify(results, null, 2));
    }
  } finally {
    if (browser.ok) await browser.value.close();
  }
  const file = readPrevious('BENCHMARKS.md') ?? '# Benchmarks\n';
  await writeReport('BENCHMARKS.md', spliceMapSection(file, renderMapSection(results), METHOD));
  log(`wrote the map section of BENCHMARKS.md and ${MAP_RESULTS}`);
  return failures.length ? 1 : 0;
}

async function main(): Promise<number> {
  if (process.argv.includes('--report-only')) return reportOnly();
  if (process.argv.includes('--map')) {
    const { reuseSite, sizes } = parseArgs(process.argv.slice(2));
    return mapOnly(sizes, reuseSite);
  }
  const { smoke, reuseSite, sizes } = parseArgs(process.argv.slice(2));
  mkdirSync(BENCH_OUT, { recursive: true });
  const started = performance.now();
  const site = reuseSite
    ? ({ ok: true, value: { wallMs: 0 } } as const)
    : await phase('site build (vite)', buildSite);
  const browser = await phase('launch chromium', launchChromium);
  const resultsPath = join(BENCH_OUT, smoke ? 'results-smoke.json' : 'results.json');
  const reportPath = smoke ? join(BENCH_OUT, 'BENCHMARKS-smoke.md') : 'BENCHMARKS.md';
  const previous: Partial<BenchResults> =
    !smoke && existsSync(resultsPath)
      ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchResults)
      : {};
  const results: BenchResults = {
    machine: machineInfo(browser.ok ? browser.value.version() : 'not launched'),
    siteBuild: site,
    sizes: { ...previous.sizes },
  };
  try {
    for (const size of sizes) {
      results.sizes[String(size)] = await benchSize(size, site, browser);
      writeFileSync(resultsPath, JSON.stringify(results, null, 2));
    }
  } finally {
    if (browser.ok) await browser.value.close();
  }
  // The map's figures of this run join those of earlier map-only runs at other sizes.
  const mapResults = smoke ? {} : readMapResults();
  for (const r of Object.values(results.sizes)) {
    if (!r.map) continue;
    mapResults[String(r.size)] = {
      size: r.size,
      measuredAt: r.measuredAt,
      loadAvg: r.loadAvg ?? Number.NaN,
      build: r.build,
      map: r.map,
    };
  }
  if (!smoke) writeFileSync(MAP_RESULTS, JSON.stringify(mapResults, null, 2));
  const report = renderReport(results, readPrevious(reportPath));
  await writeReport(
    reportPath,
    spliceMapSection(report, renderMapSection(mapResults), `\n${METHOD}\n`),
  );
  log(
    `wrote ${reportPath} and ${resultsPath} in ${Math.round((performance.now() - started) / 1000)} s`,
  );
  if (failures.length) log(`${failures.length} phase(s) failed:\n  ${failures.join('\n  ')}`);
  return smoke && failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
