import { expect, test, type Page } from '@playwright/test';
import { ANY, checkInPage, COUNT, h1, recordCspViolations, type Ready } from './page-safety';

/**
 * Hostile URLs (issue 7): every parameter a route reads gets markup, javascript:, broken
 * percent-encoding, NUL, lone surrogates and 5,000-character values; /paper/ gets path traversal.
 * Each URL must leave a readable page, no page error, no dialog and no element made from the payload.
 *
 * The first parameter of each route is opened with full page loads, as a visitor would; the rest of
 * the matrix goes through the app's own history (pushState + popstate, what Back and Forward do),
 * which reads the URL through the same code in a fraction of the time.
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
const UNKNOWN = [
  'technique=warp-drive',
  'modality=smell,taste',
  'contribution=nope',
  'technique=KV-CACHE,,,kv-cache',
  'sort=random',
  'minContext=banana',
  'utm_source=%3Cb%3E',
];
const REPEATED =
  'q=a&q=b&technique=kv-cache&technique=sparse-attention&page=2&page=x&sort=title&sort=dump';

const each = (path: string, params: readonly string[]) =>
  params.flatMap((p) => PAYLOADS.map((v) => `${path}?${p}=${v}`));

let tried = 0;
const watched = new WeakSet<Page>();

/** Visits `full` with page loads and `inApp` through the app's history, all on one page. */
async function visitAll(
  page: Page,
  full: readonly string[],
  inApp: readonly string[],
  ready: Ready,
): Promise<void> {
  const problems: string[] = [];
  let current = '';
  if (!watched.has(page)) await page.addInitScript(recordCspViolations);
  watched.add(page);
  page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`${current}: dialog: ${d.message()}`);
    void d.dismiss();
  });
  const visit = async (url: string, load: boolean) => {
    current = url.length > 100 ? `${url.slice(0, 100)}…` : url;
    if (load) {
      const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
      if (!res?.ok()) problems.push(`${current}: HTTP ${res?.status()}`);
    }
    for (const p of await page.evaluate(checkInPage, { url: load ? null : url, ready }))
      problems.push(`${current}: ${p}`);
    tried++;
  };
  for (const url of full) await visit(url, true);
  for (const url of inApp) await visit(url, false);
  expect(problems).toEqual([]);
}

test.beforeEach(() => {
  tried = 0;
});
test.afterEach(() => console.log(`hostile-urls: ${tried} URLs tried (${test.info().title})`));

/** One payload of each kind goes through a full page load; the others through the app's history. */
const LOADED = new Set([0, 2, 4, 6, 9, 12, 13]);
function split(path: string, param: string): [string[], string[]] {
  const urls = each(path, [param]);
  return [urls.filter((_, i) => LOADED.has(i)), urls.filter((_, i) => !LOADED.has(i))];
}

test('search page: q, technique, modality, contribution', async ({ page }) => {
  const [full, inApp] = split('/', 'q');
  await visitAll(
    page,
    full,
    [...inApp, ...each('/', ['technique', 'modality', 'contribution'])],
    COUNT,
  );
});

test('search page: sort, page, minContext, unknown ids, repeated parameters', async ({ page }) => {
  const extra = [
    ...PAGES.map((p) => `/?page=${p}`),
    ...UNKNOWN.map((u) => `/?${u}`),
    `/?q=kv&${PAGES.map((p) => `page=${p}`).join('&')}`,
  ];
  await visitAll(
    page,
    [`/?${REPEATED}`, '/?page=1e309'],
    [...each('/', ['sort', 'page', 'minContext']), ...extra],
    COUNT,
  );
});

test('insights: the tag list, q, technique, modality', async ({ page }) => {
  const [full, inApp] = split('/insights', 'all');
  const all = [
    '/insights?all=technique:warp-drive',
    '/insights?all=foo:bar:baz,technique:,:kv-cache,technique:kv-cache:x',
    `/insights?all=${'technique:kv-cache,'.repeat(300)}`,
  ];
  await visitAll(
    page,
    full,
    [...inApp, ...all, ...each('/insights', ['q', 'technique', 'modality'])],
    h1('^Insights$'),
  );
});

test('insights: contribution, sort, page, minContext, unknown ids, repeated parameters', async ({
  page,
}) => {
  const extra = [
    ...PAGES.map((p) => `/insights?page=${p}`),
    ...UNKNOWN.map((u) => `/insights?${u}`),
  ];
  const full = [`/insights?${REPEATED}&all=technique:kv-cache&all=modality:text`];
  await visitAll(
    page,
    full,
    [...each('/insights', ['contribution', 'sort', 'page', 'minContext']), ...extra],
    h1('^Insights$'),
  );
});

test('reading list and compare: ids', async ({ page }) => {
  const [rlFull, rlInApp] = split('/reading-list', 'ids');
  const [cmpFull, cmpInApp] = split('/compare', 'ids');
  const repeated = [
    `/reading-list?ids=${LONGFORMER}&ids=x&ids=%3Cb%3E`,
    `/compare?ids=${LONGFORMER}&ids=${LONGFORMER},nope`,
  ];
  await visitAll(
    page,
    [...rlFull, ...cmpFull],
    [...rlInApp, ...cmpInApp, ...repeated],
    h1('^(Shared reading list|Compare papers)$'),
  );
  // Parameters these pages do not read are ignored.
  await visitAll(
    page,
    [],
    [`/reading-list?q=${PAYLOADS[0]}&all=${PAYLOADS[1]}`, `/compare?page=-1&sort=${PAYLOADS[4]}`],
    h1('^(Reading list|Compare papers)$'),
  );
});

test('paper page: query parameters and path traversal', async ({ page }) => {
  const paper = `/paper/${LONGFORMER}`;
  // All parameters at once (the 5,000-character value alone: nine of them exceed the server's header limit).
  const withParams = PAYLOADS.map((v) =>
    v.length > 1000
      ? `${paper}?q=${v}`
      : `${paper}?${[...VIEW_PARAMS, 'all', 'ids'].map((p) => `${p}=${v}`).join('&')}`,
  );
  await visitAll(
    page,
    withParams.filter((_, i) => LOADED.has(i)),
    withParams.filter((_, i) => !LOADED.has(i)),
    h1('Longformer'),
  );
  // Full loads: what the server does with these matters too. A raw lone surrogate cannot go through pushState.
  const loaded = [
    '/paper/..%2F..%2Fetc%2Fpasswd',
    '/paper/..%5C..%5Cwindows%5Cwin.ini',
    '/paper/<script>alert(1)</script>',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2F..%2Fetc%2Fpasswd',
    '/paper/%E0%A4%A',
    '/paper/%',
    '/paper/\uD800',
  ];
  const inApp = [
    `/paper/${PAYLOADS[1]}`,
    '/paper/javascript:alert(1)',
    '/paper/%ZZ',
    '/paper/%00',
    '/paper/%ED%A0%80',
    `/paper/${'x'.repeat(5000)}`,
    `/paper/${LONGFORMER}%00`,
    `/paper/${LONGFORMER.toUpperCase()}x`,
    `/paper/${LONGFORMER}/extra`,
  ];
  await visitAll(page, loaded, inApp, h1('^Not found$'));
  // Dot segments are resolved by the browser before the app sees them: some page, still readable.
  await visitAll(
    page,
    ['/paper/%2e%2e/', '/paper/../../etc/passwd'],
    ['/paper/./', '/paper/', '/paper/%2e%2e/'],
    ANY,
  );
});
