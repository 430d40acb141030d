import { expect, test } from '@playwright/test';
import { results, status, watchPage } from './helpers';
import {
  appHasTakenOver,
  BACKUP,
  HYENA,
  KEY,
  LONGFORMER,
  saved,
  setStored,
  starIn,
  TXL,
} from './reading-list-helpers';

/**
 * The reading list in this browser: starring, removing and undoing, surviving reloads, and what is
 * stored — damaged lists recover with a notice and a backup, a v1 list migrates. Shared lists and
 * the accessibility of the page are in reading-list-sharing.spec.ts.
 */
test('stars from the results and a paper page, and the list survives reloads', async ({ page }) => {
  const w = watchPage(page);
  await page.goto('/?q=longformer');
  await expect(status(page)).toHaveText(/papers?/);
  const first = results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') })
    .first();
  const title = (await first.getByRole('heading').textContent()) ?? '';
  const star = starIn(first);
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`/paper/${TXL}`);
  await appHasTakenOver(page);
  const paperStar = starIn(page);
  await expect(paperStar).toHaveAttribute('aria-pressed', 'false');
  await paperStar.click();
  await expect(paperStar).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(starIn(page)).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/reading-list');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading list');
  await expect(saved(page)).toHaveCount(2);
  await expect(saved(page).first().getByRole('link')).toHaveText(title);
  await expect(saved(page).nth(1).getByRole('link')).toHaveAttribute('href', `/paper/${TXL}`);
  await page.reload();
  await expect(saved(page)).toHaveCount(2);

  // Remove, then undo: nothing is lost.
  await page.getByRole('button', { name: /^Remove .*Transformer-XL/ }).click();
  await expect(saved(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(saved(page)).toHaveCount(2);
  await page.reload();
  await expect(saved(page)).toHaveCount(2);
  expect(w.errors).toEqual([]);
  expect(w.cspViolations).toEqual([]);
});

const corrupt: [string, string, number][] = [
  ['garbage JSON', '{definitely not json', 0],
  ['a wrong shape', JSON.stringify({ state: { items: 'longformer' }, version: 2 }), 0],
  ['a non-object', '"just a string"', 0],
  [
    'non-string slugs and duplicates',
    JSON.stringify({
      state: {
        items: [{ slug: 42 }, { slug: LONGFORMER, addedAt: 1 }, { slug: LONGFORMER, addedAt: 2 }],
      },
      version: 2,
    }),
    1,
  ],
  [
    'a future version',
    JSON.stringify({
      state: { items: [{ slug: LONGFORMER, addedAt: 1 }], shelves: [] },
      version: 7,
    }),
    1,
  ],
];

for (const [name, raw, kept] of corrupt) {
  test(`recovers from ${name} in storage with a notice and a backup`, async ({ page }) => {
    const w = watchPage(page);
    await setStored(page, raw);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/Your reading list/);
    await expect(alert).toContainText(BACKUP);
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(raw);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading list');
    await expect(saved(page)).toHaveCount(kept);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    // The damaged original can be seen and copied from the page itself.
    await page.locator('summary', { hasText: 'kept in this browser' }).click();
    await expect(page.getByRole('textbox', { name: /Stored under/ })).toHaveValue(raw);

    // The page still works: star a paper and find it in the list.
    await page.goto(`/paper/${HYENA}`);
    await appHasTakenOver(page);
    await starIn(page).click();
    await page.goto('/reading-list');
    await expect(saved(page)).toHaveCount(kept + 1);
    expect(w.errors).toEqual([]);
  });
}

test('a v1 list migrates to v2 without losing an entry', async ({ page }) => {
  const v1 = [LONGFORMER, TXL, HYENA];
  await setStored(page, JSON.stringify({ state: { slugs: v1 }, version: 1 }));
  await expect(saved(page)).toHaveCount(3);
  for (const [i, slug] of v1.entries()) {
    await expect(saved(page).nth(i).getByRole('link')).toHaveAttribute('href', `/paper/${slug}`);
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
  expect(stored.version).toBe(2);
  expect(stored.state.items.map((i: { slug: string }) => i.slug)).toEqual(v1);
});
