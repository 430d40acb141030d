import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers';
import { HYENA, LONGFORMER, saved, setStored, TXL } from './reading-list-helpers';

/**
 * Sharing the reading list: a shared link is read-only until imported, round-trips into a fresh
 * browser and survives hostile ids; and axe on the list page, empty, filled, shared and recovering.
 * Starring and what is stored are in reading-list.spec.ts.
 */
test('a shared list link is read-only until imported, then merges without duplicates', async ({
  page,
}) => {
  const w = watchPage(page);
  await setStored(
    page,
    JSON.stringify({ state: { items: [{ slug: LONGFORMER, addedAt: Date.now() }] }, version: 2 }),
  );
  await page.goto(
    `/reading-list?ids=${LONGFORMER},${TXL},no-such-paper,%3Cscript%3Ealert(1)%3C%2Fscript%3E`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared reading list');
  const shared = page.getByRole('list', { name: 'Shared papers' }).getByRole('listitem');
  await expect(shared).toHaveCount(2);
  await expect(page.getByText(/not in this collection/)).toContainText('no-such-paper');
  await expect(page.getByText(/not a paper address/)).toContainText('<script>');
  await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Import into my reading list' }).click();
  await expect(
    page.getByText('Added 1 paper to your reading list (1 was already there).'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Open my reading list' }).click();
  await expect(page).toHaveURL(/\/reading-list$/);
  await expect(saved(page)).toHaveCount(2);
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
});

test('the share link round-trips into a fresh browser', async ({ page, browser }) => {
  await setStored(
    page,
    JSON.stringify({
      state: { items: [LONGFORMER, TXL].map((slug) => ({ slug, addedAt: 1 })) },
      version: 2,
    }),
  );
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(new RegExp(`/reading-list\\?ids=${LONGFORMER},${TXL}$`));
  const other = await browser.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('list', { name: 'Shared papers' }).getByRole('listitem'),
  ).toHaveCount(2);
  await other.getByRole('button', { name: 'Import into my reading list' }).click();
  await other.goto('/reading-list');
  await expect(saved(other)).toHaveCount(2);
  await other.close();
});

test('hostile ids never break the page', async ({ page }) => {
  const w = watchPage(page);
  for (const ids of [
    'x'.repeat(5000),
    '%E0%A4%A,%ZZ',
    '<img src=x onerror=alert(1)>',
    ',,,',
    `${LONGFORMER},`.repeat(100),
  ]) {
    await page.goto(`/reading-list?ids=${ids}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared reading list');
  }
  await expect(page.getByRole('list', { name: 'Shared papers' }).getByRole('listitem')).toHaveCount(
    1,
  );
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
});

test('axe finds no violations on the reading list, empty, filled and shared', async ({ page }) => {
  // Three full axe scans and two reloads: 27–30 s on a loaded 2-core CI machine.
  test.setTimeout(60_000);
  await page.goto('/reading-list');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading list');
  await expectNoAxeViolations(page);
  await setStored(
    page,
    JSON.stringify({
      state: { items: [LONGFORMER, TXL, HYENA].map((slug) => ({ slug, addedAt: 1 })) },
      version: 2,
    }),
  );
  await expect(saved(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expectNoAxeViolations(page);
  await page.goto(`/reading-list?ids=${LONGFORMER},nope`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared reading list');
  await expectNoAxeViolations(page);
  // The recovery notice and the opened backup panel.
  await setStored(page, '{broken');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.locator('summary', { hasText: 'kept in this browser' }).click();
  await expectNoAxeViolations(page);
});
