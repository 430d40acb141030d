import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { buildCorpus, removeCorpus, serveCorpus } from './crafted-corpus';
import { countShown, expectAnsweredBy, watchPage } from './helpers';
import { recordCspViolations } from './page-safety';

/**
 * Content-Security-Policy (issue 7): the running site sends a strict policy, and using it (search,
 * paper pages, charts, the reading list, compare, export) triggers no violation at all.
 */
const LONGFORMER = 'longformer-the-long-document-transformer';
const TXL = 'transformer-xl-attentive-language-models-beyond-a-fixed-length-context';

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Opens the search page and types a query key by key, until the list has narrowed. */
async function openAndType(page: Page, q: string) {
  await page.goto('/');
  const all = await countShown(page);
  await page.getByRole('searchbox', { name: /Search/ }).pressSequentially(q, { delay: 15 });
  await expect.poll(() => countShown(page)).toBeLessThan(all);
}

test('every route is served with the strict policy', async ({ request }) => {
  for (const path of [
    '/',
    `/paper/${LONGFORMER}`,
    '/insights',
    '/reading-list',
    '/compare',
    '/no/such/page',
    '/paper/%E0%A4%A',
  ]) {
    const res = await request.get(path, { headers: { Accept: 'text/html' } });
    expect(res.status(), path).toBe(200);
    const csp = directives(res.headers()['content-security-policy'] ?? '');
    expect(csp.get('default-src'), path).toEqual(["'self'"]);
    expect(csp.get('object-src'), path).toEqual(["'none'"]);
    expect(csp.get('base-uri'), path).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
    expect(csp.get('img-src'), path).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src'), path).toEqual(["'self'"]);
    // No inline script, no eval; script-src falls back to default-src when absent.
    const script = csp.get('script-src') ?? csp.get('default-src') ?? [];
    expect(
      script.filter((v) => /unsafe|data:|blob:|\*/.test(v)),
      path,
    ).toEqual([]);
    expect(
      (csp.get('style-src') ?? []).filter((v) => /unsafe-inline/.test(v)),
      path,
    ).toEqual([]);
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});

test('the built page needs no inline script or style', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    // JSON-LD (issue 17) is a data block, never run: it needs no policy change, but must be JSON
    // that cannot close its element.
    if (/type="application\/ld\+json"/.test(attrs ?? '')) {
      expect(body).not.toMatch(/</);
      expect(() => JSON.parse(body ?? '') as unknown).not.toThrow();
      continue;
    }
    expect(attrs).toMatch(/\bsrc=/);
    expect(body?.trim()).toBe('');
  }
  expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|javascript:/i);
});

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { __csp?: string[] }).__csp ?? []);
}

test('search, paper page, insights, reading list, compare and export run without a violation', async ({
  page,
}) => {
  const w = watchPage(page);
  const seen: string[] = [];
  const check = async (step: string) => {
    for (const v of await violations(page)) seen.push(`${step}: ${v}`);
  };
  await page.addInitScript(recordCspViolations);

  await openAndType(page, 'kv cache');
  await page.getByRole('checkbox', { name: /^KV cache management \(\d+\)/ }).click();
  await expect(page).toHaveURL(/technique=kv-cache/);
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('title');
  await page.getByRole('button', { name: /theme$/ }).click();
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/paper\//);
  // The URL changes before the paper page replaces the results, whose rows have save buttons too.
  await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);
  await page.getByRole('button', { name: /^Save to reading list/ }).click();
  await check('search and paper');

  await page.goto(`/paper/${LONGFORMER}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Longformer');
  await page.getByRole('button', { name: /^Save to reading list/ }).click();
  await check('paper page');

  await page.goto('/insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.locator('svg').first()).toBeVisible();
  for (const summary of await page.locator('.chart-table > summary').all()) await summary.click();
  await page.locator('svg a').first().focus();
  await check('insights');

  await page.goto('/reading-list');
  await expect(page.getByRole('list', { name: 'Saved papers' }).getByRole('listitem')).toHaveCount(
    2,
  );
  await page.getByRole('button', { name: 'Copy share link' }).click();
  for (const format of [/^CSV/, /^Markdown/, /^JSON/, /^BibTeX/]) {
    await page.locator('summary', { hasText: 'Export' }).click();
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: format }).click(),
    ]);
  }
  await check('reading list and export');

  await page.goto(`/compare?ids=${LONGFORMER},${TXL}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare papers');
  await page.goto('/?q=attention');
  await page.locator('summary', { hasText: 'Export' }).click();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^CSV/ }).click(),
  ]);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await check('compare, search export, not found');

  expect(seen).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(w.errors).toEqual([]);
});

const made: string[] = [];
test.afterAll(() => made.forEach(removeCorpus));

test('search (a corpus of several shards) runs under the policy too, in the page or the worker', async ({
  page,
  context,
}) => {
  // Small shards make an exact phrase's texts come from many files. The page's listener cannot
  // see a worker's violations (the worker project's build), so its console is watched too.
  const dir = buildCorpus('data/papers.txt', { CORPUS_SHARD_SIZE: '20' });
  made.push(dir);
  await serveCorpus(context, dir);
  const w = watchPage(page);
  const workerCsp: string[] = [];
  page.on('worker', (worker) =>
    worker.on(
      'console',
      (m) => /Content Security Policy/i.test(m.text()) && workerCsp.push(m.text()),
    ),
  );
  await page.addInitScript(recordCspViolations);
  await openAndType(page, 'ring attention');
  await expectAnsweredBy(page);
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/paper\//);
  expect(await violations(page)).toEqual([]);
  expect(workerCsp).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(w.errors).toEqual([]);
});
