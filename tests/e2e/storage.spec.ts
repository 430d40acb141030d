import { expect, test, type Page } from '@playwright/test';
import { countShown, watchPage } from './helpers';

/**
 * Broken storage (issue 7): what earlier versions, other tools or a full disk left in localStorage
 * never breaks the page. Each state recovers with a notice, and search and the theme still work.
 */
const PREFS = 'paper-explorer:prefs';
const LIST = 'paper-explorer:reading-list';
const HYENA = 'hyenadna-long-range-genomic-sequence-modeling-at-single-nucleotide-resolution';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });
const themeButton = (page: Page) => page.getByRole('button', { name: /theme$/ });
const theme = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.theme ?? 'system');

async function setStored(page: Page, key: string, raw: string) {
  await page.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
  await page.reload();
}

/** Search narrows the list, and the theme button cycles system -> dark -> light. */
async function expectAppWorks(page: Page) {
  const all = await countShown(page);
  await searchBox(page).fill('ring attention');
  await expect(page).toHaveURL(/q=ring/);
  await expect.poll(() => countShown(page)).toBeLessThan(all);
  const before = await theme(page);
  await themeButton(page).click();
  await expect.poll(() => theme(page)).not.toBe(before);
}

const damaged: { name: string; raw: string; notice: RegExp; theme: string }[] = [
  {
    name: 'garbage JSON',
    raw: '{"state":{"theme":"dark"',
    notice: /could not be read/,
    theme: 'system',
  },
  { name: 'a non-object', raw: '"dark"', notice: /unexpected shape/, theme: 'system' },
  {
    name: 'a bare state without its envelope',
    raw: '{"theme":"dark","density":"compact"}',
    notice: /unexpected shape/,
    theme: 'system',
  },
  {
    name: 'a state that is a list',
    raw: '{"state":["dark"],"version":1}',
    notice: /unexpected shape/,
    theme: 'system',
  },
  {
    name: 'unknown values',
    raw: '{"state":{"theme":"<img src=x onerror=alert(1)>","density":42},"version":1}',
    notice: /not recognise \(theme, density\)/,
    theme: 'system',
  },
  {
    name: 'a future version',
    raw: '{"state":{"theme":"dark","fontSize":"huge"},"version":9}',
    notice: /newer version/,
    theme: 'dark',
  },
];

for (const d of damaged) {
  test(`preferences: ${d.name} recovers with a notice, and the app works`, async ({ page }) => {
    const w = watchPage(page);
    await setStored(page, PREFS, d.raw);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your saved preferences');
    await expect(alert).toContainText(d.notice);
    expect(await theme(page)).toBe(d.theme);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await expectAppWorks(page);
    // The repaired value was written back: the next visit is quiet and keeps the new theme.
    const chosen = await theme(page);
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), PREFS);
    expect(stored).toMatchObject({ version: 1, state: { theme: chosen } });
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: /^\d+ papers?/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await theme(page)).toBe(chosen);
    expect(w.errors).toEqual([]);
    expect(w.dialogs).toEqual([]);
  });
}

test('preferences: a v0 value migrates without a notice', async ({ page }) => {
  await setStored(page, PREFS, '{"state":{"theme":"dark"},"version":0}');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ papers?/ })).toBeVisible();
  expect(await theme(page)).toBe('dark');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), PREFS);
  expect(stored).toEqual({ version: 1, state: { theme: 'dark', density: 'comfortable' } });
});

/** Every write to localStorage fails as it does on a full disk. */
function fillQuota() {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

test('a full quota: preferences and the reading list keep working for the session, with notices', async ({
  page,
}) => {
  const w = watchPage(page);
  await page.addInitScript(fillQuota);
  await page.goto('/');
  await themeButton(page).click();
  await expect(page.getByRole('alert')).toContainText('Your preferences could not be saved');
  expect(await theme(page)).toBe('dark');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expectAppWorks(page);

  // Star a paper: it stays starred in this tab, and the reading list shows it.
  await page.getByRole('link', { name: 'Paper Explorer' }).click();
  await searchBox(page).fill('hyenadna');
  // The results answer the query before a result is clicked (they come from the search worker).
  await expect(page.getByRole('region', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('link', { name: /HyenaDNA/ })
    .first()
    .click();
  // On the paper page: the results' own star buttons are gone (the URL changes first).
  await expect(page).toHaveURL(new RegExp(`/paper/${HYENA}$`));
  await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);
  await page.getByRole('button', { name: /^Save to reading list/ }).click();
  await expect(page.getByRole('alert')).toContainText('Your reading list could not be saved');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reading list' })
    .click();
  await expect(page.getByRole('list', { name: 'Saved papers' }).getByRole('link')).toHaveAttribute(
    'href',
    `/paper/${HYENA}`,
  );
  expect(w.errors).toEqual([]);
});

test('a full quota with a damaged reading list: the original is left in place, nothing is lost', async ({
  page,
}) => {
  const raw = '{"state":{"items":"oops"},"version":2}';
  await setStored(page, LIST, raw);
  await page.addInitScript(fillQuota);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('no copy of the original could be saved');
  expect(await page.evaluate((k) => localStorage.getItem(k), LIST)).toBe(raw);
  await expectAppWorks(page);
});

test('storage blocked altogether (local and session): the app works with defaults', async ({
  page,
}) => {
  const w = watchPage(page);
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  await page.goto('/');
  await expectAppWorks(page);
  await expect(page.getByRole('alert')).toContainText(/could not be (loaded|saved)/);
  // Moving between pages and back (scroll restoration keeps positions in sessionStorage).
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/paper\//);
  await page.goBack();
  await expect(page).toHaveURL(/q=ring/);
  expect(w.errors).toEqual([]);
});
