/** The built site, once per run, and the URL mounts that swap in each size's corpus. */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lastLine, runMeasured } from './proc';
import type { Mount } from './static-server';

export const BENCH_OUT = resolve('bench-out');
const SITE_DIR = join(BENCH_OUT, 'site');

/**
 * Builds the app into bench-out/site (not dist/, which the tests and other helpers share). The
 * corpus in the build is ignored: each size's corpus is mounted over /data/ by the static server.
 */
export async function buildSite(): Promise<{ wallMs: number }> {
  rmSync(SITE_DIR, { recursive: true, force: true });
  const vite = resolve('node_modules/vite/bin/vite.js');
  const res = await runMeasured(
    process.execPath,
    [vite, 'build', '--outDir', SITE_DIR, '--emptyOutDir', '--logLevel', 'warn'],
    {
      timeoutMs: 10 * 60_000,
    },
  );
  if (res.code !== 0)
    throw new Error(`vite build exited ${res.code}: ${firstError(res.stderr + res.stdout)}`);
  if (!existsSync(join(SITE_DIR, 'index.html'))) throw new Error('vite build wrote no index.html');
  return { wallMs: res.wallMs };
}

/** The first informative line of Vite's output, without colour codes. */
function firstError(text: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const line =
    lines.find((l) => /\[[A-Z_]+\]|Could not|Cannot|is not exported|Expected/.test(l)) ??
    lines.find((l) => /error/i.test(l) && !/error during build/i.test(l));
  return (line ?? lastLine(text)).trim().slice(0, 300);
}

/** Mounts for one size: its corpus on /data/, its Pagefind bundle on /pagefind/, the app elsewhere. */
export function siteMounts(corpusDir: string, pagefindDir?: string): Mount[] {
  const mounts: Mount[] = [
    { prefix: '/data/', dir: resolve(corpusDir) },
    { prefix: '/', dir: SITE_DIR },
  ];
  if (pagefindDir) mounts.push({ prefix: '/pagefind/', dir: resolve(pagefindDir) });
  return mounts;
}

export const INDEX_HTML = join(SITE_DIR, 'index.html');
