import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { buildCorpus, removeCorpus, serveCorpus } from './crafted-corpus';
import { countShown, expectNoAxeViolations, results } from './helpers';

/**
 * A BibTeX listing names its authors and years: cards, the paper page and the BibTeX and RIS
 * exports carry them, and "Newest first" orders by them. (A Hugging Face dump names none: the other specs.)
 */
let dir = '';
test.beforeAll(() => {
  dir = buildCorpus('tests/fixtures/dumps/reading-group.bib');
});
test.afterAll(() => removeCorpus(dir));
test.beforeEach(({ context }) => serveCorpus(context, dir));

test('cards and the paper page name the authors and year the listing states', async ({ page }) => {
  await page.goto('/?sort=posted');
  expect(await countShown(page)).toBe(5);
  const first = results(page).getByRole('listitem').first();
  await expect(first.getByRole('link').first()).toHaveText(/^Mamba/);
  await expect(first).toContainText('Albert Gu, Tri Dao · 2023');
  // Past three names, a card says "et al."; TeX accents are letters.
  await expect(results(page)).toContainText('Tri Dao, Daniel Y. Fu, Stefano Ermon et al. · 2022');
  await expect(results(page)).toContainText('Manzil Zaheer, Guru Guruganesh, Bernhard Schölkopf');
  await expectNoAxeViolations(page);

  await results(page)
    .getByRole('link', { name: /^FlashAttention/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^FlashAttention/);
  // Every author on the page; the year is the arXiv month's, shown beside it.
  await expect(
    page.getByText('Tri Dao, Daniel Y. Fu, Stefano Ermon, Atri Rudra, Christopher Ré', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByText('First posted on arXiv May 2022')).toBeVisible();
  await expectNoAxeViolations(page);
  // Each author opens the listing's papers by them.
  await page.getByRole('link', { name: 'Tri Dao', exact: true }).click();
  await expect(page).toHaveURL(/\/\?q=%22Tri\+Dao%22$/);
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('"Tri Dao"');
  expect(await countShown(page)).toBe(2);
});

test('search finds a paper by an author, and the card names the author it matched', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: /Search/ }).fill('rudra');
  await expect(page.getByRole('status').first()).toHaveText(/^1 paper/);
  // The fourth author, past the card's three, is named because the search matched him.
  const card = results(page).getByRole('listitem').first();
  await expect(card).toContainText(
    'Tri Dao, Daniel Y. Fu, Stefano Ermon, Atri Rudra et al. · 2022',
  );
  await expect(card.locator('mark', { hasText: 'Rudra' })).toBeVisible();
  // A full name in quotes is a phrase; it does not join two authors.
  await page.getByRole('searchbox', { name: /Search/ }).fill('"Matthew E. Peters"');
  await expect(page.getByRole('status').first()).toHaveText(/^1 paper/);
  await page.getByRole('searchbox', { name: /Search/ }).fill('"Peters Arman"');
  await expect(page.getByRole('status').first()).toHaveText(/^0 papers/);
  await expectNoAxeViolations(page);
});

async function exportAs(page: Page, format: RegExp): Promise<string> {
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

test('the BibTeX and RIS exports carry the authors and year', async ({ page }) => {
  await page.goto('/?q=bigbird');
  expect(await countShown(page)).toBe(1);
  const bib = await exportAs(page, /^BibTeX/);
  expect(bib).toContain('author = {Manzil Zaheer and Guru Guruganesh and Bernhard Schölkopf}');
  expect(bib).toContain('year = {2020}');
  expect(bib).not.toContain('not in the source listing');
  const ris = await exportAs(page, /^RIS/);
  expect(ris).toContain(
    'AU  - Manzil Zaheer\r\nAU  - Guru Guruganesh\r\nAU  - Bernhard Schölkopf\r\n',
  );
  expect(ris).toContain('PY  - 2020\r\n');
});

test('the year range keeps papers dated in it, and its link reproduces the view', async ({
  page,
}) => {
  await page.goto('/');
  expect(await countShown(page)).toBe(5);
  const years = page.getByRole('group', { name: 'Year' });
  await years.getByLabel('From').selectOption('2022');
  await expect(page).toHaveURL(/[?&]since=2022(&|$)/);
  expect(await countShown(page)).toBe(2);
  await expect(results(page)).toContainText('Albert Gu, Tri Dao · 2023');
  await expectNoAxeViolations(page);
  // The other end: "to" offers no year before "from".
  await expect(years.getByLabel('To').getByRole('option', { name: /^2020/ })).toHaveCount(0);
  // Each option says what choosing it gives.
  await expect(years.getByLabel('To').getByRole('option', { name: '2022 (1)' })).toHaveCount(1);
  await years.getByLabel('To').selectOption('2022');
  await expect(page).toHaveURL(/[?&]since=2022&until=2022(&|$)/);
  expect(await countShown(page)).toBe(1);
  // The link alone gives the same view; its chip takes the filter off.
  await page.goto('/?until=2021');
  expect(await countShown(page)).toBe(3);
  await page.getByRole('button', { name: 'Remove the year filter' }).click();
  expect(await countShown(page)).toBe(5);
  await expect(page).not.toHaveURL(/since=|until=/);
});

test("insights chart papers per year, each column opening that year's papers", async ({ page }) => {
  await page.goto('/insights');
  const chart = page.getByRole('region', { name: 'Papers per year' });
  await expect(chart.locator('svg')).toBeVisible();
  await expectNoAxeViolations(page);
  await chart.locator('svg').getByRole('link', { name: '2023: 1 paper' }).click();
  await expect(page).toHaveURL(/\/\?since=2023&until=2023$/);
  expect(await countShown(page)).toBe(1);
  await expect(results(page)).toContainText('Albert Gu, Tri Dao · 2023');
});
