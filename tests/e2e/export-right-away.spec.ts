import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { status } from './helpers';

/** The count the status line gives now. */
const shownCount = async (page: Page) =>
  Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);

/** Opens Export, saves the view as JSON, and gives the papers in the file. */
async function exportJson(page: Page): Promise<unknown[]> {
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^JSON/ }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as unknown[];
}

// The search index is built a few seconds after the list shows: an export made before then must
// still hold every paper the menu announced.
test('export right after load saves the papers announced, and says so', async ({ page }) => {
  await page.goto('/?technique=kv-cache');
  await expect(status(page)).toHaveText(/^12 papers/);
  const exportButton = page.locator('summary', { hasText: 'Export' });
  await expect(exportButton).toContainText('the 12 papers in this view');
  await exportButton.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^BibTeX/ }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.match(/^@\w+\{/gm)?.length ?? 0).toBe(12);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved 12 papers as BibTeX.',
  );
  await expect(page.getByText('Saved 12 papers as BibTeX.')).toBeVisible();
});

test('a query export right after load waits for the index and saves every match', async ({
  page,
}) => {
  await page.goto('/?q=mamba');
  await expect(status(page)).toHaveText(/^\d+ papers/);
  const n = await shownCount(page);
  expect((await exportJson(page)).length).toBe(n);
  await expect(page.getByText(`Saved ${n} papers as JSON.`)).toBeVisible();
});

test('an exact-phrase export made while abstracts load waits for them and saves every match', async ({
  page,
}) => {
  // Abstracts come late: the phrase is checked on titles alone until they arrive.
  await page.route('**/data/details/**', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/?q=%22context+window%22');
  const checking = page.getByText(/^Checking the exact phrase/);
  await expect(checking).toBeVisible();
  const early = await shownCount(page);
  const papers = await exportJson(page);
  await expect(checking).toBeHidden();
  const n = await shownCount(page);
  expect([early < n, papers.length]).toEqual([true, n]);
  await expect(page.getByText(`Saved ${n} papers as JSON.`)).toBeVisible();
});
