/** The Pagefind peer: index build in Node, then search timed in the same headless Chromium. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { lastJsonLine, runTs } from './proc';
import { QUERIES } from './queries';
import { PAGEFIND_INIT, pagefindQueries } from './browser-scripts';
import { BLANK_PAGE } from './measure-browser';
import { summarize, type Summary } from './stats';
import type { StaticServer } from './static-server';

export interface PagefindBuild {
  ms: number;
  wallMs: number;
  peakRss?: number;
  files: number;
  bytes: number;
}

export interface PagefindSearch {
  initMs: number;
  /** Bytes the page downloaded for import + init, then for the first pass over all queries. */
  initBytes: number;
  queryBytes: number;
  cold: Summary;
  warm: Summary;
  hits: { q: string; hits: number }[];
}

function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

export async function buildPagefind(corpusJson: string, outDir: string): Promise<PagefindBuild> {
  const res = await runTs('scripts/bench/pagefind-build-child.ts', [corpusJson, outDir], {
    timeoutMs: 20 * 60_000,
  });
  const { ms } = lastJsonLine<{ ms: number }>(res, 'pagefind build');
  const build: PagefindBuild = { ms, wallMs: res.wallMs, ...dirSize(outDir) };
  if (res.peakRss !== undefined) build.peakRss = res.peakRss;
  return build;
}

export async function measurePagefind(
  browser: Browser,
  server: StaticServer,
): Promise<PagefindSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url + BLANK_PAGE);
    server.reset();
    const initMs = (await page.evaluate(PAGEFIND_INIT)) as number;
    const initBytes = server.bytesSent();
    server.reset();
    const qs = QUERIES.map((x) => x.q);
    const r = (await page.evaluate(pagefindQueries(qs))) as {
      cold: number[];
      warm: number[];
      hits: number[];
    };
    return {
      initMs,
      initBytes,
      queryBytes: server.bytesSent(),
      cold: summarize(r.cold),
      warm: summarize(r.warm),
      hits: qs.map((q, i) => ({ q, hits: r.hits[i] ?? 0 })),
    };
  } finally {
    await context.close();
  }
}
