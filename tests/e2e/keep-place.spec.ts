import { expect, test, type Page } from '@playwright/test';
import { results, status } from './helpers';

// Issue 15, section 5: smaller breaks of trust on the search page.

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });

test('ticking a filter keeps the reader’s place; a new page of results starts at their top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  const box = page.getByRole('checkbox', { name: /^Text & language \(/ });
  await box.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  // A keyboard user ticks it: the focused box must stay on screen.
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/modality=text/);
  await expect(status(page)).not.toHaveText(/^119 papers/);
  await expect(box).toBeFocused();
  await expect(box).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);

  // Paging from the bottom of the list shows the top of the new page of results.
  await page.keyboard.press('End');
  const next = page.getByRole('button', { name: /Next/ });
  await next.click();
  await expect(page).toHaveURL(/page=2/);
  await expect(results(page).getByRole('link').first()).toBeInViewport();
  await expect(status(page)).toBeInViewport();
});

test('each facet group and the chips say that values in a group combine as “any of”', async ({
  page,
}) => {
  await page.goto('/?technique=kv-cache,sparse-attention&modality=text');
  await expect(status(page)).toHaveText(/papers/);
  for (const group of ['Technique', 'Modality', 'Contribution'])
    await expect(page.getByRole('group', { name: new RegExp(`^${group}.*any of`) })).toBeVisible();
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(
    chips.getByRole('listitem').filter({ hasText: 'KV cache management' }),
  ).toContainText(/Technique.*any of/);
  // Removing a chip still works by its name.
  await chips.getByRole('button', { name: 'Remove filter KV cache management' }).click();
  await expect(page).toHaveURL(/\?technique=sparse-attention&modality=text$/);
});

test('arrowing through Sort records one history entry per committed choice', async ({ page }) => {
  await page.goto('/?q=attention');
  await expect(status(page)).toHaveText(/^\d+ papers/);
  const before = await page.evaluate(() => history.length);
  const sort = page.getByRole('combobox', { name: 'Sort' });
  await sort.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(sort).toHaveValue('context');
  await expect(page).toHaveURL(/sort=context/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // A later choice with the pointer is a choice of its own.
  await sort.selectOption('title');
  await expect(page).toHaveURL(/sort=title/);
  expect(await page.evaluate(() => history.length)).toBe(before + 2);
  await page.goBack();
  await expect(page).toHaveURL(/sort=context/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=attention$/);
  await expect(sort).toHaveValue('relevance');
});

test('arrowing through the claimed context length records one history entry too', async ({
  page,
}) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  const before = await page.evaluate(() => history.length);
  const min = page.getByRole('combobox', { name: 'Claimed context length' });
  await min.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/minContext=100k/i);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(min).toHaveValue('');
});

test('opening a paper moves focus to its heading', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  const first = results(page).getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(title);
  await expect(h1).toBeFocused();
});

test('“/” focuses the search from any control but a text field', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  const box = page.getByRole('checkbox', { name: /^Video \(/ });
  await box.focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
  await page.getByRole('combobox', { name: 'Sort' }).focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  // In a text field, "/" is text.
  await page.keyboard.type('a/b');
  await expect(searchBox(page)).toHaveValue('a/b');
});

test('tag chips on result cards are links to the view of that tag', async ({ page }) => {
  await page.goto('/?q=longformer');
  // A query waits for the index: slow on a busy machine.
  await expect(status(page)).toHaveText(/^\d+ papers?/, { timeout: 15_000 });
  const link = results(page)
    .getByRole('listitem')
    .first()
    .getByRole('list', { name: 'Tags' })
    .getByRole('link')
    .first();
  await expect(link).toHaveAttribute('href', /^\/\?(technique|modality)=[a-z0-9-]+$/);
  const href = (await link.getAttribute('href')) ?? '';
  // What a fresh load of the link shows, read once it has settled.
  const fresh = await page.context().newPage();
  await fresh.goto(href);
  await expect(status(fresh)).toHaveText(/^\d+ papers?/);
  const want = ((await status(fresh).textContent()) ?? '').trim();
  await fresh.close();
  // The app routes it (no page load), and the view comes to match the fresh load.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await link.click();
  await expect(page).toHaveURL(href);
  await expect(status(page)).toHaveText(want);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed))
    .toBe(true);
});
