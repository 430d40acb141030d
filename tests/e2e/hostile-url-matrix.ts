import { expect, test, type Page } from '@playwright/test';
import { checkInPage, recordCspViolations, type Ready } from './page-safety';

/**
 * The hostile-URL matrix (issue 7) shared by hostile-urls-search.spec.ts and
 * hostile-urls-pages.spec.ts: the payloads every parameter gets, the lists of odd values, and
 * `visitAll`, which opens URLs and checks each leaves a readable page, no page error, no dialog and
 * no element made from the payload.
 *
 * The first parameter of each route is opened with full page loads, as a visitor would; the rest of
 * the matrix goes through the app's own history (pushState + popstate, what Back and Forward do),
 * which reads the URL through the same code in a fraction of the time.
 */
export const PAYLOADS: string[] = [
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
export const VIEW_PARAMS = [
  'q',
  'technique',
  'modality',
  'contribution',
  'sort',
  'page',
  'minContext',
  'since',
];
export const PAGES = ['-1', '0', '1e309', '99999999999999999999', 'abc', '2.5'];
export const UNKNOWN = [
  'technique=warp-drive',
  'modality=smell,taste',
  'contribution=nope',
  'technique=KV-CACHE,,,kv-cache',
  'sort=random',
  'minContext=banana',
  'since=1700',
  'utm_source=%3Cb%3E',
];
export const REPEATED =
  'q=a&q=b&technique=kv-cache&technique=sparse-attention&page=2&page=x&sort=title&sort=dump';

export const each = (path: string, params: readonly string[]) =>
  params.flatMap((p) => PAYLOADS.map((v) => `${path}?${p}=${v}`));

let tried = 0;
const watched = new WeakSet<Page>();

/** Visits `full` with page loads and `inApp` through the app's history, all on one page. */
export async function visitAll(
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

/**
 * Logs how many URLs each test tried. Call at the top level of each spec file: hooks register in
 * the file being loaded, and this module is loaded only once per worker.
 */
export function logTriedUrls(): void {
  test.beforeEach(() => {
    tried = 0;
  });
  test.afterEach(() => console.log(`hostile-urls: ${tried} URLs tried (${test.info().title})`));
}

/** One payload of each kind goes through a full page load; the others through the app's history. */
export const LOADED = new Set([0, 2, 4, 6, 9, 12, 13]);
export function split(path: string, param: string): [string[], string[]] {
  const urls = each(path, [param]);
  return [urls.filter((_, i) => LOADED.has(i)), urls.filter((_, i) => !LOADED.has(i))];
}
