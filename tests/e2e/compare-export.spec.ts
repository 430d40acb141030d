import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { countShown, expectNoAxeViolations, status, watchPage } from './helpers';

const KEY = 'paper-explorer:reading-list';
const LONGFORMER = 'longformer-the-long-document-transformer';
const TXL = 'transformer-xl-attentive-language-models-beyond-a-fixed-length-context';
const HYENA = 'hyenadna-long-range-genomic-sequence-modeling-at-single-nucleotide-resolution';
const INFVSR = 'infvsr-breaking-length-limits-of-generic-video-super-resolution';

const columns = (page: Page) =>
  page.getByRole('region', { name: 'Papers side by side' }).getByRole('article');

async function storeList(page: Page, slugs: string[]) {
  await page.goto('/reading-list');
  const raw = JSON.stringify({
    state: { items: slugs.map((slug, i) => ({ slug, addedAt: 1_700_000_000_000 + i })) },
    version: 2,
  });
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, raw]);
  await page.reload();
}

/** RFC 4180 records: quoted fields may hold commas, quotes and line breaks. */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function exportAs(page: Page, format: RegExp): Promise<{ download: Download; text: string }> {
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format }).click(),
  ]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

test('compare shows two papers side by side', async ({ page }) => {
  const w = watchPage(page);
  await page.goto(`/compare?ids=${LONGFORMER},${TXL}`);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare papers');
  await expect(columns(page)).toHaveCount(2);
  await expect(columns(page).first().getByRole('heading', { level: 2 })).toHaveText(
    'Longformer: The Long-Document Transformer',
  );
  await expect(columns(page).first().getByRole('link').first()).toHaveAttribute(
    'href',
    `/paper/${LONGFORMER}`,
  );
  await expect(columns(page).nth(1).getByRole('heading', { name: 'Abstract' })).toBeVisible();
  expect(w.errors).toEqual([]);
});

test('compare selected from the reading list', async ({ page }) => {
  await storeList(page, [LONGFORMER, TXL, HYENA]);
  await page.getByRole('checkbox', { name: /Longformer/ }).check();
  await page.getByRole('button', { name: /^Compare selected/ }).click();
  await expect(page.getByText(/Select 2 to 4 papers/)).toBeVisible();
  await page.getByRole('checkbox', { name: /HyenaDNA/ }).check();
  await page.getByRole('button', { name: /^Compare selected/ }).click();
  await expect(page).toHaveURL(`/compare?ids=${LONGFORMER},${HYENA}`);
  await expect(columns(page)).toHaveCount(2);
});

test('bad compare links explain themselves and never crash', async ({ page }) => {
  const w = watchPage(page);
  const cases: [string, RegExp, number][] = [
    ['/compare', /Choose 2 to 4 papers/, 0],
    [`/compare?ids=${LONGFORMER}`, /needs 2 to 4 papers.*has 1/, 0],
    [`/compare?ids=${LONGFORMER},nope,%3Cb%3E`, /has 1/, 0],
    [
      `/compare?ids=${[LONGFORMER, TXL, HYENA, INFVSR, 'lodge-a-coarse-to-fine-diffusion-network-for-long-dance-generation-guided-by-the-characteristic-dance-primitives'].join(',')}`,
      /up to 4/,
      4,
    ],
    [`/compare?ids=${'%E0%A4%A'.repeat(600)}`, /has 0/, 0],
  ];
  for (const [url, message, shown] of cases) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare papers');
    await expect(page.getByRole('note').first()).toHaveText(message);
    await expect(page.getByRole('article')).toHaveCount(shown);
  }
  await page.goto(`/compare?ids=${LONGFORMER},${TXL},not-a-paper`);
  await expect(page.getByText(/not in this collection/)).toContainText('not-a-paper');
  await expect(columns(page)).toHaveCount(2);
  expect(w.errors).toEqual([]);
});

test('CSV export of a filtered view has one row per paper shown, across pages', async ({
  page,
}) => {
  const w = watchPage(page);
  await page.goto('/?q=attention');
  await expect(status(page)).toHaveText(/papers/);
  const shown = await countShown(page);
  expect(shown).toBeGreaterThan(25); // more than one page: the export must not stop at the page
  const { download, text } = await exportAs(page, /^CSV/);
  expect(download.suggestedFilename()).toMatch(/^papers-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csvRecords(text).filter((r) => r.some((f) => f !== ''));
  expect(rows.length).toBe(shown + 1);
  expect(w.cspViolations).toEqual([]);
});

test('Markdown, JSON and BibTeX exports of the reading list', async ({ page }) => {
  await storeList(page, [LONGFORMER, TXL]);
  const md = await exportAs(page, /^Markdown/);
  expect(md.download.suggestedFilename()).toMatch(/^reading-list-\d{4}-\d{2}-\d{2}\.md$/);
  expect(md.text).toContain('Longformer: The Long-Document Transformer');
  expect(md.text).toContain('Transformer-XL');
  const json = await exportAs(page, /^JSON/);
  expect(JSON.stringify(JSON.parse(json.text))).toContain(LONGFORMER);
  const bib = await exportAs(page, /^BibTeX/);
  expect(bib.text.match(/^@\w+\{/gm)).toHaveLength(2);
});

test('axe finds no violations on /compare and the open export menu', async ({ page }) => {
  await page.goto(`/compare?ids=${LONGFORMER},${TXL},${INFVSR}`);
  await expect(columns(page)).toHaveCount(3);
  await expectNoAxeViolations(page);
  await page.goto('/compare?ids=nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare papers');
  await expectNoAxeViolations(page);
  await storeList(page, [LONGFORMER, TXL]);
  await page.locator('summary', { hasText: 'Export' }).click();
  await expectNoAxeViolations(page);
});

// Hung from the button's right edge, the panel used to run off a phone's left edge.
for (const width of [320, 390, 600]) {
  test(`at ${width} px the export menu opens within the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await countShown(page);
    await page.locator('summary', { hasText: 'Export' }).click();
    const options = page.locator('.export-panel').getByRole('button');
    await expect(options).toHaveCount(5);
    for (const option of await options.all()) {
      const box = (await option.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  });
}
