import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildCorpus, removeCorpus, serveCorpus } from './crafted-corpus';
import { expectNoAxeViolations, watchPage } from './helpers';

/**
 * Prerendered pages (issue 17): a paper's URL is served as real HTML that reads without
 * JavaScript and previews in link unfurlers; with JavaScript the app takes the same page over
 * with no loading state, no console message and no layout jump.
 */
const LONGFORMER = 'longformer-the-long-document-transformer';
const HEADS = [
  LONGFORMER,
  'transformer-xl-attentive-language-models-beyond-a-fixed-length-context',
  'world-model-on-million-length-video-and-language-with-ringattention',
];

interface Head {
  title: string;
  h1: string;
  prerendered: string | null;
  tags: Record<string, string | null>;
  ld: string[];
}

/** The head tags of an HTML text, parsed by the browser's own parser (nothing runs). */
function readHead(page: Page, html: string): Promise<Head> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const get = (selector: string, name = 'content') =>
      doc.querySelector(selector)?.getAttribute(name) ?? null;
    return {
      title: doc.title,
      h1: doc.querySelector('h1')?.textContent ?? '',
      prerendered: get('#root', 'data-prerendered'),
      tags: {
        description: get('meta[name="description"]'),
        'og:title': get('meta[property="og:title"]'),
        'og:description': get('meta[property="og:description"]'),
        'og:type': get('meta[property="og:type"]'),
        'og:site_name': get('meta[property="og:site_name"]'),
        'og:url': get('meta[property="og:url"]'),
        'og:image': get('meta[property="og:image"]'),
        'twitter:card': get('meta[name="twitter:card"]'),
        canonical: get('link[rel="canonical"]', 'href'),
      },
      ld: [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => s.textContent ?? '',
      ),
    };
  }, html);
}

/** Checks every head tag of a prerendered paper page. */
function checkHead(head: Head, slug: string, site?: string): void {
  const t = head.tags;
  expect(head.prerendered).toBe('paper');
  expect(head.title).toMatch(/ — Paper Explorer$/);
  const description = t.description!;
  expect(description.length).toBeGreaterThan(40);
  expect([...description].length).toBeLessThanOrEqual(160);
  expect(t['og:title']).toBe(head.h1);
  expect(t['og:description']).toBe(description);
  expect(t['og:type']).toBe('article');
  expect(t['og:site_name']).toBe('Paper Explorer');
  expect(t['twitter:card']).toMatch(/^summary/);
  expect(head.ld).toHaveLength(1);
  const ld = JSON.parse(head.ld[0]!) as Record<string, unknown>;
  expect(ld['@type']).toBe('ScholarlyArticle');
  expect(ld.name).toBe(head.h1);
  expect(String(ld.abstract)).toContain(description.replace(/…$/, ''));
  expect((ld.keywords as string[]).length).toBeGreaterThan(0);
  const url = site ? `${site}/paper/${slug}` : null;
  expect(t.canonical).toBe(url);
  expect(t['og:url']).toBe(url);
  if (url) expect(ld.url).toBe(url);
  // The site-wide card (public/og-card.png) needs an absolute URL too.
  expect(t['og:image']).toBe(site ? `${site}/og-card.png` : null);
  expect(t['twitter:card']).toBe(site ? 'summary_large_image' : 'summary');
}

test('the served HTML of three papers carries every head tag', async ({ page, request }) => {
  for (const slug of HEADS) {
    const res = await request.get(`/paper/${slug}`, { headers: { Accept: 'text/html' } });
    expect(res.status()).toBe(200);
    checkHead(await readHead(page, await res.text()), slug);
  }
});

test('with SITE_URL the pages gain canonical links, og:url and a sitemap', async ({ page }) => {
  const dist = mkdtempSync(join(tmpdir(), 'pe-e2e-site-'));
  try {
    cpSync('dist', dist, { recursive: true });
    const r = spawnSync('npx', ['tsx', 'scripts/prerender.ts'], {
      env: { ...process.env, DIST: dist, SITE_URL: 'https://papers.example.org/' },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/SITE_URL is not set/);
    for (const slug of HEADS) {
      const html = readFileSync(join(dist, 'paper', `${slug}.html`), 'utf8');
      checkHead(await readHead(page, html), slug, 'https://papers.example.org');
    }
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain(
      `<loc>https://papers.example.org/paper/${LONGFORMER}</loc>`,
    );
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://papers.example.org/sitemap.xml',
    );
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a paper page shows its title, abstract, tags and links', async ({ page }) => {
    await page.goto(`/paper/${LONGFORMER}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Longformer: The Long-Document Transformer',
    );
    await expect(page.getByRole('region', { name: 'Abstract' })).toContainText(
      'Transformer-based models are unable to process long sequences',
    );
    await expect(page.getByRole('link', { name: 'Sparse & local attention' })).toHaveAttribute(
      'href',
      '/?technique=sparse-attention',
    );
    const scholar = page.getByRole('link', { name: 'Semantic Scholar' });
    await expect(scholar).toHaveAttribute(
      'href',
      'https://www.semanticscholar.org/search?q=Longformer%3A%20The%20Long-Document%20Transformer',
    );
    await expect(scholar).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('link', { name: 'Google Scholar' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Related papers' })).toBeVisible();
    // Controls that need the app are not shown dead.
    await expect(page.getByRole('button', { name: /Save to reading list/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy citation' })).toBeHidden();
  });

  test('the home page links the first papers', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Searching and filtering need JavaScript')).toBeVisible();
    const first = page.getByRole('main').getByRole('link').first();
    const title = await first.textContent();
    await first.click();
    await expect(page).toHaveURL(/\/paper\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  });
});

test('the prerendered page passes axe before the app runs', async ({ page }) => {
  // axe runs in the page; the app's own script is held back instead of JavaScript as a whole.
  await page.route('**/assets/index-*.js', (r) => r.abort());
  await page.goto(`/paper/${LONGFORMER}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Longformer/);
  await expectNoAxeViolations(page);
});

/** Where the page's landmarks sit, to compare the prerendered page with the app's. */
async function layout(page: Page) {
  return page.evaluate(() =>
    [
      'h1',
      '.paper-meta',
      'section[aria-label="Abstract"]',
      '#find-heading',
      '#tags-heading',
      '#links-heading',
      '#related-heading',
    ].map((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r
        ? [s, Math.round(r.top + window.scrollY), Math.round(r.height), Math.round(r.width)]
        : [s, null];
    }),
  );
}

for (const width of [1280, 390]) {
  test(`with JavaScript the page becomes the app without a loading state or a jump (${width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // The prerendered page as a reader sees it before the app runs: the app's script held back.
    await page.route('**/assets/index-*.js', (r) => r.abort());
    await page.goto(`/paper/${LONGFORMER}`);
    const before = await layout(page);
    await page.unroute('**/assets/index-*.js');

    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    page.on('pageerror', (e) => messages.push(e.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __sawLoading?: boolean };
      new MutationObserver(() => {
        if (document.getElementById('root')?.textContent?.includes('Loading papers'))
          w.__sawLoading = true;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`/paper/${LONGFORMER}`);
    // The app has taken over once React owns the heading (the markup itself is the same).
    await page.waitForFunction(() => {
      const h1 = document.querySelector('h1');
      return h1 !== null && Object.keys(h1).some((k) => k.startsWith('__reactFiber'));
    });
    // A control only the app can answer works.
    const why = page.getByRole('button', { name: /^Why / }).first();
    await why.click();
    await expect(why).toHaveAttribute('aria-pressed', 'true');
    await why.click();
    expect(await layout(page)).toEqual(before);
    expect(
      await page.evaluate(() => (window as { __sawLoading?: boolean }).__sawLoading ?? false),
    ).toBe(false);
    await page.getByRole('link', { name: /Back to all papers/ }).click();
    await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
    expect(messages).toEqual([]);
  });
}

test('the app still answers unknown slugs and other routes as before', async ({ page }) => {
  const { errors } = watchPage(page);
  await page.goto('/paper/no-such-paper');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  await page.goto(`/paper/${LONGFORMER}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Longformer/);
  await page.goto('/insights');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Insights/);
  expect(errors).toEqual([]);
});

test('a result offers Find links, built when opened', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  await expect(first.locator('.find-links')).toHaveCount(0);
  await first.locator('summary.find-summary').click();
  const hf = first.getByRole('link', { name: 'Hugging Face Papers' });
  await expect(hf).toBeVisible();
  await expect(hf).toHaveAttribute('href', /^https:\/\/huggingface\.co\/papers\?q=/);
  await expect(hf).toHaveAttribute('rel', 'noopener noreferrer');
  await expectNoAxeViolations(page);
});

test.describe('papers whose abstracts name their ids', () => {
  let dir = '';
  test.beforeAll(() => {
    dir = buildCorpus('tests/fixtures/dumps/paper-ids.txt');
  });
  test.afterAll(() => removeCorpus(dir));
  test.beforeEach(({ context }) => serveCorpus(context, dir));

  test('link the arXiv page and PDF, say the month, and sort by it', async ({ page }) => {
    await page.goto('/paper/ring-attention-with-blockwise-transformers-for-near-infinite-context');
    await expect(page.getByText('First posted on arXiv October 2023')).toBeVisible();
    await expect(page.getByRole('link', { name: 'arXiv 2310.01889' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2310.01889',
    );
    await expect(page.getByRole('link', { name: 'PDF', exact: true })).toHaveAttribute(
      'href',
      'https://arxiv.org/pdf/2310.01889',
    );
    await expectNoAxeViolations(page);

    await page.goto('/?sort=posted');
    const titles = page.getByRole('list', { name: 'Search results' }).locator('[data-result-link]');
    await expect(titles.first()).toHaveText(/^Quote "Breaking"/);
    await expect(titles.nth(1)).toHaveText(/^Ring Attention/);
    await expect(titles.nth(2)).toHaveText(/^Sparse Kernels/);
    await expect(page.getByLabel('Sort')).toHaveValue('posted');
  });
});
