import { expect, test } from '@playwright/test';
import { countShown, expectNoAxeViolations, results, status, watchPage } from './helpers';

test('lists every paper, follows one, and deep-links another', async ({ page }) => {
  const w = watchPage(page);
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  expect(await countShown(page)).toBe(119);
  const items = results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') });
  await expect(items).toHaveCount(25);

  const first = results(page).getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/paper\/lodge-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(/Lodge — Paper Explorer/);

  await page.goto('/paper/longformer-the-long-document-transformer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Longformer: The Long-Document Transformer',
  );
  await expect(page.locator('h1')).toHaveCount(1);
  expect(w.errors).toEqual([]);
});

test('paper links are clean anchors', async ({ page }) => {
  await page.goto('/paper/infvsr-breaking-length-limits-of-generic-video-super-resolution');
  const link = page.getByRole('link', { name: 'https://github.com/Kai-Liu001/InfVSR' }).first();
  await expect(link).toHaveAttribute('href', 'https://github.com/Kai-Liu001/InfVSR');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('unknown paths and slugs show Not found with a way home', async ({ page }) => {
  for (const path of ['/paper/no-such-paper', '/nowhere/at/all', '/paper/..%2F..%2Fetc%2Fpasswd']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await expect(page.getByRole('link', { name: /all papers/i })).toHaveAttribute('href', '/');
  }
});

test('axe finds no WCAG A/AA violations on /, a query view and a paper page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(status(page)).toHaveText(/papers/);
  await expectNoAxeViolations(page);
  await page.goto('/?q=attention&technique=sparse-attention');
  await expect(status(page)).toHaveText(/papers?/);
  await expectNoAxeViolations(page);
  await page.goto('/paper/longformer-the-long-document-transformer');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
