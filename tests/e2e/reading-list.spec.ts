import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, results, status, watchPage } from './helpers';

const KEY = 'paper-explorer:reading-list';
const BACKUP = 'paper-explorer:reading-list:backup';
const LONGFORMER = 'longformer-the-long-document-transformer';
const TXL = 'transformer-xl-attentive-language-models-beyond-a-fixed-length-context';
const HYENA = 'hyenadna-long-range-genomic-sequence-modeling-at-single-nucleotide-resolution';

const saved = (page: Page) =>
  page.getByRole('list', { name: 'Saved papers' }).getByRole('listitem');
const starIn = (scope: Page | Locator) =>
  scope.getByRole('button', { name: /^Save to reading list/ });

async function setStored(page: Page, raw: string) {
  await page.goto('/reading-list');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, raw]);
  await page.reload();
}

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
