import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What reading-list.spec.ts and reading-list-sharing.spec.ts share: the storage keys, three papers
 * of the collection, and ways to find the saved list and a star and to seed the stored list.
 */
export const KEY = 'paper-explorer:reading-list';
export const BACKUP = 'paper-explorer:reading-list:backup';
export const LONGFORMER = 'longformer-the-long-document-transformer';
export const TXL = 'transformer-xl-attentive-language-models-beyond-a-fixed-length-context';
export const HYENA =
  'hyenadna-long-range-genomic-sequence-modeling-at-single-nucleotide-resolution';

export const saved = (page: Page) =>
  page.getByRole('list', { name: 'Saved papers' }).getByRole('listitem');
export const starIn = (scope: Page | Locator) =>
  scope.getByRole('button', { name: /^Save to reading list/ });

/** Stores `raw` as the reading list, as if a past visit had left it, and reloads the list page. */
export async function setStored(page: Page, raw: string) {
  await page.goto('/reading-list');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, raw]);
  await page.reload();
}

/**
 * A paper page is served prerendered: its star is inert until the app takes it over, which then
 * moves the focus to the title (keyboard and screen-reader start). Click only after that.
 */
export async function appHasTakenOver(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}
