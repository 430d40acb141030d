import { expect, test, type Page } from '@playwright/test';
import { countShown, expectNoAxeViolations, status, watchPage } from './helpers';

const chart = (page: Page, name: string) => page.getByRole('region', { name });
const countIn = (label: string) => Number(/: (\d+) papers?/.exec(label)?.[1] ?? NaN);

async function openTables(page: Page) {
  await expect(page.locator('.chart-table > summary').first()).toBeVisible();
  for (const summary of await page.locator('.chart-table > summary').all()) await summary.click();
}

test('a heatmap cell opens its filtered view with the same count', async ({ page }) => {
  const w = watchPage(page);
  await page.goto('/insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByText(/119 papers/).first()).toBeVisible();
  const cell = chart(page, 'Techniques by modality')
    .locator('svg')
    .getByRole('link', { name: /Video: \d+ papers?$/ })
    .first();
  const label = (await cell.getAttribute('aria-label')) ?? '';
  const count = countIn(label);
  expect(count).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/\?technique=[a-z0-9-]+&modality=video$/);
  await expect(status(page)).toHaveText(/^\d+ papers?/);
  expect(await countShown(page)).toBe(count);
  expect(w.errors).toEqual([]);
  expect(w.cspViolations).toEqual([]);
});

test('the page follows the filters in its address, and its links keep them', async ({ page }) => {
  await page.goto('/?technique=kv-cache');
  await expect(status(page)).toHaveText(/^\d+ papers/);
  const total = await countShown(page);
  await page.goto('/insights?technique=kv-cache');
  await expect(
    page.getByText(`${total} papers in view (of 119), filtered by technique KV cache management.`),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show these papers in search' })).toHaveAttribute(
    'href',
    '/?technique=kv-cache',
  );

  const bars = chart(page, 'Papers per technique').locator('svg');
  await expect(
    bars.getByRole('link', { name: `KV cache management: ${total} papers` }),
  ).toHaveAttribute('href', '/?technique=kv-cache');
  // Another technique's bar counts KV cache papers that also carry it: search cannot say "and",
  // so the bar opens the list of those papers on this page.
  const other = bars.getByRole('link').filter({ hasNotText: 'KV cache management' }).first();
  const count = countIn((await other.getAttribute('aria-label')) ?? '');
  await other.click();
  await expect(page).toHaveURL(
    /\/insights\?technique=kv-cache&all=technique%3A[a-z0-9-]+#tag-list$/,
  );
  const list = page.getByRole('region', { name: /^Papers in view with/ });
  await expect(list.getByRole('heading')).toBeFocused();
  await expect(list.getByRole('listitem')).toHaveCount(count);
});

test('a co-occurrence cell lists the papers carrying both techniques', async ({ page }) => {
  await page.goto('/insights');
  const cell = chart(page, 'Techniques used together')
    .locator('svg')
    .getByRole('link', { name: / and .*: \d+ papers?$/ })
    .first();
  const count = countIn((await cell.getAttribute('aria-label')) ?? '');
  await cell.click();
  await expect(page).toHaveURL(/all=technique%3A[a-z0-9-]+%2Ctechnique%3A[a-z0-9-]+#tag-list$/);
  await expect(
    page.getByRole('region', { name: /^Papers in view with .+ and / }).getByRole('listitem'),
  ).toHaveCount(count);
});

test('every chart has a table with links, and a context dot opens its paper', async ({ page }) => {
  await page.goto('/insights');
  await openTables(page);
  for (const name of [
    /^Papers per technique/,
    /^Techniques by modality/,
    /^Techniques used together/,
    /^Claimed context length/,
  ]) {
    const table = page.getByRole('table', { name });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader').first()).toBeVisible();
    expect(await table.getByRole('link').count()).toBeGreaterThan(0);
  }
  const dot = chart(page, 'Claimed context length by technique')
    .locator('svg')
    .getByRole('link')
    .first();
  const href = (await dot.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/paper\/[a-z0-9-]+$/);
  await dot.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('each chart is one tab stop; the arrow keys move between its marks', async ({ page }) => {
  await page.goto('/insights');
  const bars = chart(page, 'Papers per technique');
  const marks = bars.locator('svg a');
  await expect(marks.first()).toBeVisible();
  expect(await bars.locator('svg a[tabindex="0"]').count()).toBe(1);
  await marks.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(marks.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(marks.last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(bars.getByText('Show as table')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(marks.last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?technique=[a-z0-9-]+$/);
});

test('axe finds no WCAG A/AA violations on /insights, in both themes, tables open', async ({
  page,
}) => {
  // Hundreds of marks and table cells: axe needs longer than the default here.
  test.setTimeout(150_000);
  await page.goto('/insights');
  await openTables(page);
  await expectNoAxeViolations(page);
  // Dark theme, on a filtered view with the list of papers a mark opened.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(
    '/insights?q=attention&technique=kv-cache&all=technique%3Asparse-attention#tag-list',
  );
  await expect(page.getByRole('region', { name: /^Papers in view with/ })).toBeVisible();
  await openTables(page);
  await expectNoAxeViolations(page);
});

test('at 360 px the charts fit their boxes and never widen the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/insights');
  await expect(chart(page, 'Techniques used together').locator('svg')).toBeVisible();
  // Labels above the bars: the bar chart needs no sideways scroll on a phone.
  const bars = chart(page, 'Papers per technique').locator('.chart-scroll');
  expect(await bars.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await openTables(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a malformed address never breaks the page', async ({ page }) => {
  const w = watchPage(page);
  await page.goto('/insights?technique=warp-drive&all=%E0%A4%A&all=<b>x</b>&q=%3Cscript%3E');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('not recognised');
  expect(w.errors).toEqual([]);
});
