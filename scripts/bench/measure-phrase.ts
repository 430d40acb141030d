/**
 * An exact-phrase query opened by URL, as a shared link would: the time to its first answer and
 * to its exact answer. Phrases are checked against the abstracts, which arrive in shards: at 100k
 * the first answer comes from the index and the exact one once the candidates' shards are in.
 */
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from './static-server';

export const PHRASE_QUERY = '"sequence parallelism"';
const PENDING_NOTE = 'Checking the exact phrase';
const POLL_MS = 50;

export interface PhraseMetrics {
  query: string;
  /** Navigation start → the first count shown for the query. */
  firstMs: number;
  /** Navigation start → the count shown without the "checking" note (exact). */
  exactMs: number;
  papers: number;
  /** Bytes and requests from navigation until exact. */
  bytes: number;
  requests: number;
}

interface Seen {
  now: number;
  count: number | null;
  pending: boolean;
}

const LOOK = `(() => {
  const status = document.querySelector('.result-count[role="status"]')?.textContent ?? '';
  const m = /^(\\d[\\d,]*) papers?/.exec(status);
  return {
    now: performance.now(),
    count: m ? Number(m[1].replace(/,/g, '')) : null,
    pending: document.body.textContent.includes(${JSON.stringify(PENDING_NOTE)}),
  };
})()`;

async function look(page: Page): Promise<Seen> {
  return (await page.evaluate(LOOK)) as Seen;
}

export async function measurePhrase(
  browser: Browser,
  server: StaticServer,
  size: number,
): Promise<PhraseMetrics> {
  const limitMs = size >= 50_000 ? 10 * 60_000 : 60_000;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    server.reset();
    await page.goto(`${server.url}/?q=${encodeURIComponent(PHRASE_QUERY)}`, {
      waitUntil: 'commit',
    });
    let first: Seen | null = null;
    for (;;) {
      const seen = await look(page);
      if (seen.count !== null) {
        first ??= seen;
        if (!seen.pending) {
          return {
            query: PHRASE_QUERY,
            firstMs: first.now,
            exactMs: seen.now,
            papers: seen.count,
            bytes: server.bytesSent(),
            requests: server.sent().length,
          };
        }
      }
      if (seen.now > limitMs) throw new Error(`no exact answer within ${limitMs / 1000} s`);
      await page.waitForTimeout(POLL_MS);
    }
  } finally {
    await context.close();
  }
}
