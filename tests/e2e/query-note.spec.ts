import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildCorpus, removeCorpus, serveCorpus } from './crafted-corpus';
import {
  expectAnsweredBy,
  expectFullIndex,
  expectNoAxeViolations,
  results,
  status,
  watchPage,
} from './helpers';

const note = (page: Page) => page.getByRole('note').filter({ hasText: /No paper/ });

async function countOf(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(status(page)).toHaveText(/^\d+ papers?/);
  // Not the titles-only count the page shows while the full-text index loads.
  await expectFullIndex(page);
  return ((await status(page).textContent()) ?? '').split(' ')[0] ?? '';
}

test('an acronym finds the papers that only write its long form out, and the page says so', async ({
  page,
}) => {
  const w = watchPage(page);
  await countOf(page, '/?q=SSM');
  await expect(
    page.getByRole('note').filter({
      hasText: '“SSM” also finds papers that write out “state space model”.',
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  // Among the results, papers whose title says "state space model" and never "SSM".
  const titles = await results(page).getByRole('heading', { level: 2 }).allTextContents();
  expect(titles.filter((t) => /state[ -]space model/i.test(t) && !/SSM/.test(t))).not.toEqual([]);
  // The long form is marked where it was found, as the acronym is.
  await expect(
    results(page)
      .locator('mark', { hasText: /^state[ -]space models?$/i })
      .first(),
  ).toBeVisible();
  expect(w.errors).toEqual([]);
});

test('a misspelt word is named, matched by its close spelling, and corrected by a link', async ({
  page,
}) => {
  const w = watchPage(page);
  // A swap of two letters is one edit: "sprase" finds "sparse", and the page says so.
  await page.goto('/?q=sprase+attention');
  await expect(note(page)).toContainText('No paper contains “sprase”: showing close spellings.');
  const link = note(page).getByRole('link', { name: 'sparse attention' });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
  const fuzzy = await status(page).textContent();
  await link.click();
  await expect(page).toHaveURL(/\?q=sparse(\+|%20)attention$/);
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('sparse attention');
  await expect(note(page)).toHaveCount(0);
  await expect(status(page)).toHaveText(fuzzy ?? '');
  await expect(results(page).getByRole('link').first()).toBeVisible();
  expect(w.errors).toEqual([]);
});

test('when no paper has every word, the page says so, names the word and offers a correction', async ({
  page,
}) => {
  await page.goto('/?q=kv+cahce+');
  await expect(note(page)).toContainText(
    'No paper matches all of: kv, cahce. “cahce” matches no paper. Showing papers that match any.',
  );
  await note(page).getByRole('link', { name: 'kv cache' }).click();
  await expect(page).toHaveURL(/\?q=kv(\+|%20)cache(\+|%20)?$/);
  await expect(note(page)).toHaveCount(0);

  // Without a close word, the word is still named and the fall-back said.
  const any = await countOf(page, '/?q=qwxyz+attention+');
  await expect(note(page)).toContainText(
    '“qwxyz” matches no paper. Showing papers that match any.',
  );
  await expect(note(page).getByRole('link')).toHaveCount(0);
  expect(any).toBe(await countOf(page, '/?q=attention+'));
});

test('the context filter has a 100K step', async ({ page }) => {
  await page.goto('/');
  const select = page.getByRole('combobox', { name: 'Claimed context length' }).first();
  await expect(select.getByRole('option', { name: 'at least 100K tokens' })).toHaveCount(1);
});

const made: string[] = [];
test.afterAll(() => made.forEach(removeCorpus));

test('a corpus of 300 papers, on the prebuilt index, names and corrects the word too', async ({
  page,
  context,
}) => {
  // A synthetic corpus, searched on the prebuilt index's vocabulary (in the page or the worker).
  test.setTimeout(180_000);
  const tmp = mkdtempSync(join(tmpdir(), 'pe-e2e-synth-'));
  const dump = join(tmp, 'synth.txt');
  const synth = spawnSync('npx', ['tsx', 'scripts/synth.ts', '300', dump], { encoding: 'utf8' });
  expect(synth.status, synth.stderr).toBe(0);
  const dir = buildCorpus(dump);
  rmSync(tmp, { recursive: true, force: true });
  made.push(dir);
  await serveCorpus(context, dir);
  await page.goto('/');
  await expect(status(page)).toHaveText(/^300 papers/);
  await page.getByRole('searchbox', { name: /Search/ }).fill('sprase attention ');
  await expect(note(page)).toContainText('No paper contains “sprase”');
  await expect(note(page).getByRole('link', { name: 'sparse attention' })).toBeVisible();
  await expectAnsweredBy(page);
});
