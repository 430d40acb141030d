import { expect, test, type Page } from '@playwright/test';
import { buildCorpus, removeCorpus, serveCorpus } from './crafted-corpus';
import { countShown, expectNoAxeViolations, status } from './helpers';

/** The labels of a group's checkboxes on screen, without their counts. */
const shownLabels = (page: Page, group: string) =>
  page
    .getByRole('group', { name: group })
    .getByRole('checkbox')
    .evaluateAll((boxes) =>
      boxes.map((b) =>
        (b.closest('label')?.textContent ?? '').replace(/\s*\(\d+\)\s*$/, '').trim(),
      ),
    );

test('a facet count equals the number of papers listed once selected', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  const box = page.getByRole('checkbox', { name: /^KV cache management \(\d+\)/ });
  const label =
    (await box.getAttribute('aria-label')) ??
    (await box.evaluate((el) => el.closest('label')?.textContent ?? ''));
  const count = Number(/\((\d+)\)/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);
  await box.click();
  await expect(page).toHaveURL(/technique=kv-cache/);
  await expect.poll(() => countShown(page)).toBe(count);
});

test('combining two groups narrows the list; reload, sharing and Back keep it', async ({
  page,
  browser,
}) => {
  await page.goto('/?technique=sparse-attention');
  const one = await countShown(page);
  await page.getByRole('checkbox', { name: /^Video \(/ }).click();
  await expect(page).toHaveURL(
    /technique=sparse-attention&modality=video|modality=video.*technique=sparse-attention/,
  );
  await expect.poll(() => countShown(page)).toBeLessThan(one);
  const both = await countShown(page);
  await page.reload();
  expect(await countShown(page)).toBe(both);
  await expect(page.getByRole('checkbox', { name: /^Video \(/ })).toBeChecked();
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(status(fresh)).toHaveText(new RegExp(`^${both} paper`));
  await fresh.close();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /^Video \(/ })).not.toBeChecked();
  await expect.poll(() => countShown(page)).toBe(one);
});

test('selected filters show as chips; clear all empties them', async ({ page }) => {
  await page.goto('/?technique=kv-cache,sparse-attention&modality=text');
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button', { name: /Remove filter/ })).toHaveCount(3);
  await chips.getByRole('button', { name: 'Remove filter Text & language' }).click();
  await expect(page).not.toHaveURL(/modality=/);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(status(page)).toHaveText(/^119 papers/);
});

test('unknown facet ids are reported and can be cleared', async ({ page }) => {
  await page.goto('/?technique=kv-cache,warp-drive&modality=smell');
  await expect(page.getByRole('alert')).toContainText('not recognised');
  await page.getByRole('button', { name: 'Remove from the address' }).click();
  await expect(page).toHaveURL(/\?technique=kv-cache$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('on a phone the filters open in a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByRole('checkbox', { name: /^KV cache management/ })).toHaveCount(0);
  await page.getByRole('button', { name: /^Filters/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Filters' });
  await dialog.getByRole('checkbox', { name: /^KV cache management/ }).click();
  // The close button counts the papers the filters leave.
  const close = dialog.getByRole('button', { name: /^Show \d+ papers$/ });
  await expect(close).not.toHaveText('Show 119 papers');
  await close.click();
  await expect(page).toHaveURL(/technique=kv-cache/);
});

test('the default listing shows the curated first eight techniques before "Show all"', async ({
  page,
}) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  expect(await shownLabels(page, 'Technique')).toEqual([
    'Sparse & local attention',
    'Linear attention',
    'State space & recurrent models',
    'Memory & segment recurrence',
    'Length generalization & context extension',
    'Position encoding',
    'KV cache management',
    'Context & token compression',
  ]);
  await expect(page.getByRole('button', { name: 'Show all 19' }).first()).toBeVisible();
});

test('a listing from another field shows its own values, not empty ones, before "Show all"', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = buildCorpus('tests/fixtures/dumps/other-field.txt');
  try {
    await serveCorpus(page, dir);
    await page.goto('/');
    await expect(status(page)).toHaveText(/^6 papers/);
    const technique = page.getByRole('group', { name: 'Technique' });
    expect(await shownLabels(page, 'Technique')).toEqual([
      'Diffusion models',
      'Data & training recipes',
      'Long reasoning & long-form generation',
    ]);
    await expect(
      technique.getByRole('checkbox', { name: /^Diffusion models \(4\)/ }),
    ).toBeVisible();
    await technique.getByRole('button', { name: 'Show all 19' }).click();
    await expect(
      technique.getByRole('checkbox', { name: /^KV cache management \(0\)/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    removeCorpus(dir);
  }
});
