import { test } from '@playwright/test';
import { COUNT, h1 } from './page-safety';
import {
  each,
  logTriedUrls,
  PAGES,
  REPEATED,
  split,
  UNKNOWN,
  visitAll,
} from './hostile-url-matrix';

/**
 * Hostile URLs (issue 7) on the search page and insights: every parameter these routes read gets
 * markup, javascript:, broken percent-encoding, NUL, lone surrogates and 5,000-character values.
 * Each URL must leave a readable page, no page error, no dialog and no element made from the payload.
 *
 * The first parameter of each route is opened with full page loads, as a visitor would; the rest of
 * the matrix goes through the app's own history (pushState + popstate, what Back and Forward do),
 * which reads the URL through the same code in a fraction of the time. The matrix and the visiting
 * are in hostile-url-matrix.ts; the other routes are in hostile-urls-pages.spec.ts.
 */
logTriedUrls();

test('search page: q, technique, modality, contribution', async ({ page }) => {
  const [full, inApp] = split('/', 'q');
  await visitAll(
    page,
    full,
    [...inApp, ...each('/', ['technique', 'modality', 'contribution'])],
    COUNT,
  );
});

test('search page: sort, page, minContext, since, unknown ids, repeated parameters', async ({
  page,
}) => {
  const extra = [
    ...PAGES.map((p) => `/?page=${p}`),
    ...UNKNOWN.map((u) => `/?${u}`),
    `/?q=kv&${PAGES.map((p) => `page=${p}`).join('&')}`,
  ];
  await visitAll(
    page,
    [`/?${REPEATED}`, '/?page=1e309'],
    [...each('/', ['sort', 'page', 'minContext', 'since']), ...extra],
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
