import { expect, test, type Page } from '@playwright/test';
import { serveEverywhere } from './crafted-corpus';
import { countShown, watchPage } from './helpers';

/**
 * Error boundaries (issue 7): a render error anywhere shows a readable message and a way home,
 * never a blank page. src/app/force-render-error.ts lets a test make one level of the tree throw;
 * only a script in the page (addInitScript) can set it.
 */
type Spot = 'page' | 'layout' | 'error-page';

/** Makes `spot` throw while rendering, on `path` only, so the way home leads to a working page. */
async function forceRenderError(page: Page, spot: Spot | Spot[], path: string) {
  await page.addInitScript(
    ([s, p]) => {
      if (location.pathname === p)
        (
          window as { __PAPER_EXPLORER_FORCE_RENDER_ERROR__?: unknown }
        ).__PAPER_EXPLORER_FORCE_RENDER_ERROR__ = s;
    },
    [spot, path] as const,
  );
}

async function expectReadableError(page: Page) {
  const alert = page.getByRole('alert');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
  await expect(alert).toContainText('could not be shown');
  await expect(alert).toContainText('Details: Forced render error');
  expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(40);
}

async function goHome(page: Page) {
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await countShown(page)).toBeGreaterThan(0);
}

test('an error in a page keeps the layout, says what happened and leads home', async ({ page }) => {
  const w = watchPage(page);
  await forceRenderError(page, 'page', '/insights');
  await page.goto('/insights');
  await expectReadableError(page);
  // The header and navigation are still there.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await goHome(page);
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
});

test('an error in the layout itself still shows the message and a way home', async ({ page }) => {
  await forceRenderError(page, 'layout', '/reading-list');
  await page.goto('/reading-list');
  await expectReadableError(page);
  await goHome(page);
});

test('an error in the error page falls back to the top-level boundary', async ({ page }) => {
  // The page throws, then the route's error page throws too.
  await forceRenderError(page, ['page', 'error-page'], '/compare');
  await page.goto('/compare?ids=a,b');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
  await expect(page.getByRole('alert')).toContainText('Paper Explorer hit an error');
  await goHome(page);
});

/** Data the loader may accept or reject; either way the visitor reads a message, never a blank page. */
const BAD_DATA: [string, number, string | Buffer][] = [
  [
    'papers of the wrong shape',
    200,
    JSON.stringify({ version: 1, papers: [{}, { slug: 3, title: null }], facets: 'x' }),
  ],
  ['a list instead of an object', 200, '[1,2,3]'],
  ['truncated JSON', 200, '{"papers": [{"slug": "a"'],
  ['binary bytes', 200, Buffer.from([0, 159, 146, 150, 255, 0, 1])],
  ['an empty body', 200, ''],
  ['HTTP 404', 404, 'not found'],
  ['HTTP 500', 500, 'boom'],
];

for (const [name, status, body] of BAD_DATA) {
  test(`data files with ${name} give a readable page`, async ({ page, context }) => {
    const w = watchPage(page);
    await serveEverywhere(context, status, body);
    for (const path of ['/', '/paper/longformer-the-long-document-transformer', '/insights']) {
      await page.goto(path);
      const h1 = page.locator('h1:not(.visually-hidden)');
      await expect(h1).toHaveText(/\S/);
      await expect(h1).not.toHaveText(/^$/);
      expect((await page.locator('main').innerText()).trim().length, path).toBeGreaterThan(20);
      await expect(
        page.getByRole('link', { name: /Paper Explorer|home page/ }).first(),
      ).toBeVisible();
      console.log(`error-boundary: ${name}, ${path}: "${await h1.textContent()}"`);
    }
    expect(w.dialogs).toEqual([]);
  });
}
