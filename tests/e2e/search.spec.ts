import { expect, test, type Page } from '@playwright/test';
import {
  countShown,
  expectAnsweredBy,
  expectFullIndex,
  expectNoAxeViolations,
  results,
  status,
  watchPage,
} from './helpers';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });

test('typing updates the list and the URL without piling up history', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  const before = await page.evaluate(() => history.length);
  await searchBox(page).pressSequentially('ring attention', { delay: 20 });
  await expect(page).toHaveURL(/\?q=ring(\+|%20)attention$/);
  expect(await countShown(page)).toBeLessThan(119);
  await expect(results(page).getByRole('link').first()).toContainText(/Ring ?Attention/i);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test("a query is answered by the build's search backend, in the page or the worker", async ({
  page,
}) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  // The first list may come from the list columns, before the search host starts.
  await expect(page.getByRole('region', { name: 'Results' })).toHaveAttribute(
    'data-backend',
    /^(page|worker)$/,
  );
  await searchBox(page).fill('ring attention');
  await expect(results(page).getByRole('link').first()).toContainText(/Ring ?Attention/i);
  await expectAnsweredBy(page);
  // Once started, the host answers lists without text too.
  await searchBox(page).fill('');
  await expect(status(page)).toHaveText(/^119 papers/);
  await expectAnsweredBy(page);
});

test('a search index that cannot load says so, and leaves the list to browse', async ({ page }) => {
  // The context's route: in the worker build, the worker fetches the index.
  await page.context().route('**/data/index.bin*', (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto('/?q=ring+attention');
  // Not "Searching…" for ever, and no earlier results passed off as this query's.
  await expect(page.getByRole('status').filter({ hasText: 'Search is unavailable' })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Full-text search is unavailable: the search index could not be loaded (HTTP 404).',
  );
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: 'Clear the search text' }).click();
  await expect(status(page)).toHaveText(/^119 papers/);
  await expect(page).not.toHaveURL(/q=/);
  await expect(searchBox(page)).toHaveValue('');
});

test('a shared URL reproduces the same list in a fresh page', async ({ page, browser }) => {
  await page.goto('/?q=kv+cache&sort=title');
  await expectFullIndex(page);
  const titles = await results(page).getByRole('heading').allTextContents();
  const other = await browser.newPage();
  await other.goto(page.url());
  await expectFullIndex(other);
  await expect(status(other)).toHaveText((await status(page).textContent()) ?? '');
  expect(await results(other).getByRole('heading').allTextContents()).toEqual(titles);
  await other.close();
});

test('typed results end up as the same list a fresh page shows, rows below the screen included', async ({
  page,
  browser,
}) => {
  // The rows below the screen are rendered after the paint: once settled they must be the
  // typed query's, in its order, not rows kept from an earlier query.
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  await searchBox(page).pressSequentially('long context', { delay: 30 });
  await expect(page).toHaveURL(/\?q=long(\+|%20)context$/);
  const other = await browser.newPage();
  await other.goto(page.url());
  await expectFullIndex(other);
  const expected = await results(other).getByRole('heading').allTextContents();
  expect(expected.length).toBeGreaterThan(10);
  await expect(results(page).getByRole('heading')).toHaveText(expected);
  await other.close();
});

test('Back restores the previous view', async ({ page }) => {
  await page.goto('/?q=mamba');
  const n = await countShown(page);
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('title');
  await expect(page).toHaveURL(/sort=title/);
  await results(page).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/paper\//);
  await page.goBack();
  await expect(page).toHaveURL(/q=mamba&sort=title/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=mamba$/);
  expect(await countShown(page)).toBe(n);
  await expect(searchBox(page)).toHaveValue('mamba');
});

test('keyboard: / focuses, arrows and j/k move, Enter opens, Esc clears', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('state space');
  await expect(page).toHaveURL(/q=state/);
  // Move into the list only once it shows the results of the typed query.
  await expect(status(page)).not.toHaveText(/^119 papers/);
  await expect(results(page).getByRole('link').first()).toContainText(/state space/i);
  await page.keyboard.press('ArrowDown');
  // The title links (each card's tags are links too).
  const links = results(page).getByRole('heading').getByRole('link');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.first()).toBeFocused();
  // Up from the first result returns to the box; down from the box enters the list again.
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  const title = (await links.first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.goBack();
  await searchBox(page).focus();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(status(page)).toHaveText(/^119 papers/);
});

test('a query with no match says so and suggests easing it', async ({ page }) => {
  await page.goto('/?q=zzqqxx&technique=kv-cache');
  await expect(status(page)).toHaveText(/^0 papers/);
  await expect(page.getByText('No paper matches this view.')).toBeVisible();
  await page.getByRole('button', { name: /Drop the filter/ }).click();
  await expect(page).toHaveURL(/\?q=zzqqxx$/);
});

test('hostile URLs leave no page error and run no script', async ({ page }) => {
  const w = watchPage(page);
  const long = 'a'.repeat(5000);
  for (const qs of [
    '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '?q=%E0%A4%A&technique=%ZZ',
    `?q=${long}`,
    '?page=-4',
    '?page=99999999999999999999',
    '?page=abc&sort=nope',
  ]) {
    await page.goto(`/${qs}`);
    await expect(status(page)).toHaveText(/^\d+ papers?/);
  }
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
});
