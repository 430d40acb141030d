import { test } from '@playwright/test';
import { ANY, h1 } from './page-safety';
import { LOADED, logTriedUrls, PAYLOADS, split, VIEW_PARAMS, visitAll } from './hostile-url-matrix';

/**
 * Hostile URLs (issue 7) on the reading list, compare and paper pages: every parameter these routes
 * read gets markup, javascript:, broken percent-encoding, NUL, lone surrogates and 5,000-character
 * values; /paper/ gets path traversal. Each URL must leave a readable page, no page error, no dialog
 * and no element made from the payload.
 *
 * The first parameter of each route is opened with full page loads, as a visitor would; the rest of
 * the matrix goes through the app's own history (pushState + popstate, what Back and Forward do),
 * which reads the URL through the same code in a fraction of the time. The matrix and the visiting
 * are in hostile-url-matrix.ts; the search page and insights are in hostile-urls-search.spec.ts.
 */
const LONGFORMER = 'longformer-the-long-document-transformer';

logTriedUrls();

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
