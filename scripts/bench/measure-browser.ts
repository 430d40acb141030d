/** The app in headless Chromium: bytes and time until the list shows, keystroke latency, JS heap; the naive peer. */
import type { Browser, Page } from 'playwright-core';
import { HeapProbe, type HeapFigures } from './heap-usage';
import {
  KEY_PROBE_INSTALL,
  KEY_PROBE_READ,
  keysQuiet,
  LIST_SHOWN_INIT,
  naiveInPage,
} from './browser-scripts';
import { QUERIES, TYPING_PHRASES } from './queries';
import { summarize, type Summary } from './stats';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../chromium-args';
import type { StaticServer } from './static-server';

export const BLANK_PAGE = '/__bench/blank.html';
export const VIRTUAL_FILES = {
  [BLANK_PAGE]: '<!doctype html><meta charset="utf-8"><title>bench</title>',
};
const KEY_DELAY_MS = 120;
/**
 * Each phrase is typed this many times in the page: with one pass (32 timed keys) the p95 was the
 * second-worst key, and five runs of one build ranged 7.9–11.0 ms.
 */
const ROUNDS = 3;

export interface BrowserMetrics {
  listShownMs: number;
  bytesBeforeList: number;
  filesBeforeList: { path: string; bytes: number }[];
  /** Page + worker V8 heaps including array buffers (heap-usage.ts). */
  heapAtList: HeapFigures;
  heapAfterTyping: HeapFigures;
  heapAfterGc: HeapFigures;
  /** Keydown -> the results on the screen updated. */
  keystroke: Summary;
  /** Keydown -> the whole results list updated, items below the screen included. */
  wholeList: Summary;
  /** Every key: keydown -> next visible update (superseded keys wait for a later key's render). */
  freshResults: Summary;
  firstKeyMs: number;
  /** Keys typed without a visible update before the next key. */
  superseded: number;
  keys: KeyTiming[];
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: SYSTEM_CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

interface KeyTiming {
  /** The query after this key. */
  q: string;
  /** Keydown -> first update of the results on the screen, or null when there was none before the next key. */
  ms: number | null;
  /** Keydown -> last change to the whole list before the next key (rows below the screen included). */
  whole: number | null;
  /** Keydown -> the next visible update of any key (what the reader waits for fresh results). */
  untilUpdate: number | null;
}

/** The timings a key had (a key without an update of its kind is not a sample). */
const present = (ms: (number | null)[]): number[] => ms.filter((x): x is number => x !== null);

/** Types each phrase key by key, timing each key's update. */
async function typePhrases(page: Page, settleMs: number, quietMs: number): Promise<KeyTiming[]> {
  const box = page.getByRole('searchbox');
  await box.click();
  await page.evaluate(KEY_PROBE_INSTALL);
  const keys: KeyTiming[] = [];
  const phrases = Array.from({ length: ROUNDS }, () => TYPING_PHRASES).flat();
  for (const phrase of phrases) {
    await box.fill('');
    await page.waitForTimeout(settleMs);
    await page.evaluate(KEY_PROBE_READ);
    await page.keyboard.type(phrase, { delay: KEY_DELAY_MS });
    await page
      .waitForFunction(keysQuiet(quietMs), undefined, { timeout: 15 * 60_000 })
      .catch(() => {});
    const log = (await page.evaluate(KEY_PROBE_READ)) as {
      keys: { t: number; at: number | null; done: number | null }[];
      updates: number[];
    };
    log.keys.forEach((k, i) => {
      const next = log.updates.find((u) => u >= k.t);
      keys.push({
        q: phrase.slice(0, i + 1),
        ms: k.at === null ? null : k.at - k.t,
        whole: k.done === null ? null : k.done - k.t,
        untilUpdate: next === undefined ? null : next - k.t,
      });
    });
  }
  return keys;
}

export interface NaiveBrowserMetrics {
  prepMs: number;
  latency: Summary;
}

/** The naive peer in a blank page of the same browser (fetch + parse + lowercase, then includes()). */
export async function measureNaiveInBrowser(
  browser: Browser,
  server: StaticServer,
  size: number,
): Promise<NaiveBrowserMetrics> {
  const reps = size >= 50_000 ? 2 : 5;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url + BLANK_PAGE);
    const r = (await page.evaluate(
      naiveInPage(
        QUERIES.map((x) => x.q),
        reps,
      ),
    )) as { prepMs: number; samples: number[] };
    return { prepMs: r.prepMs, latency: summarize(r.samples) };
  } finally {
    await context.close();
  }
}

export async function measureBrowser(
  browser: Browser,
  server: StaticServer,
  size: number,
): Promise<BrowserMetrics> {
  const big = size >= 50_000;
  // Playwright's default, stated: what counts as on the screen depends on it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(LIST_SHOWN_INIT);
    const heap = await HeapProbe.attach(await context.newCDPSession(page));
    server.reset();
    await page.goto(server.url + '/', { waitUntil: 'commit' });
    await page
      .getByRole('list', { name: 'Search results' })
      .waitFor({ state: 'visible', timeout: big ? 900_000 : 60_000 })
      .catch(() => {
        throw new Error(`results list not shown within ${big ? 900 : 60} s`);
      });
    const filesBeforeList = server.sent().map(({ path, bytes }) => ({ path, bytes }));
    const bytesBeforeList = server.bytesSent();
    const shownAt = (await page.evaluate(
      'window.__bench.listShownAt ?? performance.now()',
    )) as number;
    const heapAtList = await heap.measure();
    const typed = await typePhrases(page, big ? 3000 : 800, big ? 20_000 : 3000);
    const timed = present(typed.map((k) => k.ms));
    const heapAfterTyping = await heap.measure();
    await heap.collectGarbage();
    return {
      listShownMs: shownAt,
      bytesBeforeList,
      filesBeforeList,
      heapAtList,
      heapAfterTyping,
      heapAfterGc: await heap.measure(),
      keystroke: summarize(timed),
      wholeList: summarize(present(typed.map((k) => k.whole))),
      freshResults: summarize(present(typed.map((k) => k.untilUpdate))),
      firstKeyMs: typed[0]?.untilUpdate ?? Number.NaN,
      superseded: typed.length - timed.length,
      keys: typed,
    };
  } finally {
    await context.close();
  }
}
