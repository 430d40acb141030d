import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';

/**
 * Crafted corpora for e2e tests, independent of the corpus file layout: a dump goes through the
 * real build CLI into a temporary directory, and every request under /data/ is answered from it.
 */
export function buildCorpus(dump: string, env: Record<string, string> = {}): string {
  const out = mkdtempSync(join(tmpdir(), 'pe-e2e-corpus-'));
  const r = spawnSync('npx', ['tsx', 'scripts/build-corpus.ts'], {
    env: { ...process.env, ...env, PAPERS_DUMP: resolve(dump), CORPUS_OUT: out },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`corpus build failed for ${dump}: ${r.stderr}`);
  return out;
}

/** Deletes a directory made by buildCorpus. */
export function removeCorpus(dir: string): void {
  if (dir.startsWith(join(tmpdir(), 'pe-e2e-corpus-')))
    rmSync(dir, { recursive: true, force: true });
}

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

/** The file under `dir` for a /data/ URL, or null (outside `dir`, absent, or not a file). */
function fileFor(dir: string, url: string): string | null {
  const path = decodeURIComponent(new URL(url).pathname.replace(/^.*?\/data\//, ''));
  const file = resolve(dir, path);
  if (relative(dir, file).startsWith('..') || !file.startsWith(dir + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Answers /data/** from `dir` (404 when absent), for the page and any worker it starts. */
export async function serveCorpus(target: BrowserContext | Page, dir: string): Promise<void> {
  await target.route('**/data/**', (route: Route) => {
    const file = fileFor(dir, route.request().url());
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
}

/** Answers every /data/** request with the same body: a corpus of the wrong shape, whatever the layout. */
export async function serveEverywhere(
  target: BrowserContext | Page,
  status: number,
  body: string | Buffer,
): Promise<void> {
  await target.route('**/data/**', (route: Route) =>
    route.fulfill({
      status,
      contentType: typeof body === 'string' ? 'application/json' : 'application/octet-stream',
      body,
    }),
  );
}
