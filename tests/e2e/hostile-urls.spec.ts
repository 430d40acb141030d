import { expect, test, type Page } from '@playwright/test';

/**
 * Hostile URLs (issue 7): every parameter a route reads gets markup, javascript:, broken
 * percent-encoding, NUL, lone surrogates and 5,000-character values; /paper/ gets path traversal.
 * Each URL must leave a readable page, no page error, no dialog and no element made from the payload.
 */
const LONGFORMER = 'longformer-the-long-document-transformer';

const PAYLOADS: string[] = [
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent('<img src=x onerror=alert(1)>'),
  '<img src=x onerror=alert(1)>', // raw: the browser encodes what it must
  encodeURIComponent('"><svg onload=alert(1)>'),
  'javascript:alert(1)',
  encodeURIComponent('javascript:alert(1)'),
  '%E0%A4%A',
  '%',
  '%ZZ',
  'a%00b%00',
  '%ED%A0%80',
  new URLSearchParams({ v: '\uD800' }).toString().slice(2), // a lone surrogate through URLSearchParams
  '\uD800', // and raw
  'x'.repeat(5000),
  encodeURIComponent('<img src=x onerror=alert(1)>,'.repeat(170)).slice(0, 5000),
];
const VIEW_PARAMS = ['q', 'technique', 'modality', 'contribution', 'sort', 'page', 'minContext'];
const PAGES = ['-1', '0', '1e309', '99999999999999999999', 'abc', '2.5'];
const UNKNOWN = ['technique=warp-drive', 'modality=smell,taste', 'contribution=nope', 'technique=KV-CACHE,,,kv-cache', 'sort=random', 'minContext=banana', 'utm_source=%3Cb%3E'];
const REPEATED = 'q=a&q=b&technique=kv-cache&technique=sparse-attention&page=2&page=x&sort=title&sort=dump';

const each = (path: string, params: readonly string[]) => params.flatMap((p) => PAYLOADS.map((v) => `${path}?${p}=${v}`));

// waitFor() follows the page as it renders; expect's retry intervals would cost more than the page does.
type Ready = (page: Page) => Promise<void>;
const h1 = (page: Page, name: RegExp) => page.locator('h1:not(.visually-hidden)').filter({ hasText: name }).first().waitFor({ timeout: 5000 });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*\d+ papers?/ });
const searchReady: Ready = (page) => count(page).first().waitFor({ timeout: 5000 });
const anyReady: Ready = (page) => page.locator('h1:not(.visually-hidden)').or(count(page)).first().waitFor({ timeout: 5000 });

/** What must hold on every page, whatever the URL: nothing from the payload became markup or ran. */
async function inspect(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.body.innerText.trim().length === 0) problems.push('blank page');
    if (/root:x:0:0/.test(document.body.innerText)) problems.push('served a system file');
    if (document.querySelector('h1')?.textContent === 'Something went wrong') problems.push('error page');
    const count = (sel: string) => document.querySelectorAll(sel).length;
    for (const sel of ['img[src="x"]', 'svg[onload]', '[onerror]', '[onload]', '[onclick]', '[onmouseover]', 'iframe', 'object', 'embed', 'base', 'meta[http-equiv]'])
      if (count(sel) > 0) problems.push(`found ${sel}`);
    if ([...document.scripts].some((s) => !s.src)) problems.push('inline script');
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]'))
      if (a.protocol !== 'http:' && a.protocol !== 'https:') problems.push(`link to ${a.protocol}`);
    if ((window as { __pwned?: unknown }).__pwned !== undefined) problems.push('window flag set');
    return problems;
  });
}

let tried = 0;

async function visitAll(page: Page, urls: readonly string[], ready: Ready): Promise<void> {
  const problems: string[] = [];
  let current = '';
  page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`${current}: dialog: ${d.message()}`);
    void d.dismiss();
  });
  for (const url of urls) {
    current = url.length > 120 ? `${url.slice(0, 120)}…` : url;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const readable = await ready(page).then(() => true, () => false);
    if (!readable) problems.push(`${current}: no readable content`);
    for (const p of await inspect(page)) problems.push(`${current}: ${p}`);
    tried++;
  }
  expect(problems).toEqual([]);
}

test.afterAll(() => console.log(`hostile-urls: ${tried} URLs tried in this worker`));

test('search page: every view parameter', async ({ page }) => {
  await visitAll(page, each('/', VIEW_PARAMS), searchReady);
});

test('search page: pages, unknown ids, repeated parameters', async ({ page }) => {
  const urls = [...PAGES.map((p) => `/?page=${p}`), ...UNKNOWN.map((u) => `/?${u}`), `/?${REPEATED}`, `/?q=kv&${PAGES.map((p) => `page=${p}`).join('&')}`];
  await visitAll(page, urls, searchReady);
});

test('insights: every view parameter and the tag list', async ({ page }) => {
  const urls = [
    ...each('/insights', [...VIEW_PARAMS, 'all']),
    ...PAGES.map((p) => `/insights?page=${p}`),
    ...UNKNOWN.map((u) => `/insights?${u}`),
    '/insights?all=technique:warp-drive',
    '/insights?all=foo:bar:baz,technique:,:kv-cache,technique:kv-cache:x',
    `/insights?all=${'technique:kv-cache,'.repeat(300)}`,
    `/insights?${REPEATED}&all=technique:kv-cache&all=modality:text`,
  ];
  await visitAll(page, urls, (p) => h1(p, /^Insights$/));
});

test('reading list and compare: ids', async ({ page }) => {
  const urls = [
    ...each('/reading-list', ['ids']),
    `/reading-list?ids=${LONGFORMER}&ids=x&ids=%3Cb%3E`,
    ...each('/compare', ['ids']),
    `/compare?ids=${LONGFORMER}&ids=${LONGFORMER},nope`,
  ];
  await visitAll(page, urls, (p) => h1(p, /^(Shared reading list|Compare papers)$/));
  // Parameters these pages do not read are ignored.
  await visitAll(page, [`/reading-list?q=${PAYLOADS[0]}&all=${PAYLOADS[1]}`, `/compare?page=-1&sort=${PAYLOADS[4]}`], (p) =>
    h1(p, /^(Reading list|Compare papers)$/),
  );
});

test('paper page: query parameters and path traversal', async ({ page }) => {
  const paper = `/paper/${LONGFORMER}`;
  // All parameters at once (the 5,000-character value alone: nine of them exceed the server's header limit).
  await visitAll(page, PAYLOADS.map((v) => (v.length > 1000 ? `${paper}?q=${v}` : `${paper}?${[...VIEW_PARAMS, 'all', 'ids'].map((p) => `${p}=${v}`).join('&')}`)), (p) =>
    h1(p, /Longformer/),
  );
  const notFound = [
    '/paper/..%2F..%2Fetc%2Fpasswd',
    '/paper/..%5C..%5Cwindows%5Cwin.ini',
    '/paper/<script>alert(1)</script>',
    `/paper/${PAYLOADS[1]}`,
    '/paper/javascript:alert(1)',
    '/paper/%E0%A4%A',
    '/paper/%',
    '/paper/%ZZ',
    '/paper/%00',
    '/paper/%ED%A0%80',
    '/paper/\uD800',
    `/paper/${'x'.repeat(5000)}`,
    `/paper/${LONGFORMER}%00`,
    `/paper/${LONGFORMER.toUpperCase()}x`,
    `/paper/${LONGFORMER}/extra`,
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2F..%2Fetc%2Fpasswd',
  ];
  await visitAll(page, notFound, (p) => h1(p, /^Not found$/));
  // Dot segments are resolved by the browser before the app sees them: some page, still readable.
  await visitAll(page, ['/paper/%2e%2e/', '/paper/../../etc/passwd', '/paper/./', '/paper/'], anyReady);
});
