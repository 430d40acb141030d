import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Collects page errors and dialogs so a test can assert the page stayed healthy. */
export function watchPage(page: Page) {
  const errors: string[] = [];
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      cspViolations.push(m.text());
  });
  return { errors, dialogs, cspViolations };
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

export const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
export const status = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /papers?\b/ })
    .first();

/** The number in the live count, once the results answer the page's view (not the one before). */
export async function countShown(page: Page): Promise<number> {
  await expect(page.getByRole('region', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
  await expect(status(page)).toHaveText(/^\d+ papers?/);
  const text = (await status(page).textContent()) ?? '';
  return Number(/^(\d+)/.exec(text.trim())?.[1] ?? NaN);
}

/**
 * The search backend this project's build answers with (playwright.config.ts): the site searches
 * in the page below 20,000 papers; the `worker` project's build forces the worker.
 */
function expectedBackend(): { backend: 'page' | 'worker'; workers: number } {
  return test.info().project.name === 'worker'
    ? { backend: 'worker', workers: 1 }
    : { backend: 'page', workers: 0 };
}

/** Asserts who answered the results on screen (search-page.tsx marks it), and the workers running. */
export async function expectAnsweredBy(page: Page) {
  const { backend, workers } = expectedBackend();
  await expect(page.getByRole('region', { name: 'Results' })).toHaveAttribute(
    'data-backend',
    backend,
  );
  expect(page.workers()).toHaveLength(workers);
}

/**
 * A query's results once the full-text index is in (before, they are the titles' only) and the
 * list has settled (the rows below the screen follow the first ones: result-list.tsx).
 */
export async function expectFullIndex(page: Page) {
  await expect(status(page)).toHaveText(/papers?/);
  await expect(page.getByText(/Loading full-text index/)).toHaveCount(0);
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}
