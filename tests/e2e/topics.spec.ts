import { expect, test } from '@playwright/test';
import { countShown, expectNoAxeViolations, results, status } from './helpers';

test('the Topic facet filters through the URL, with disjunctive counts', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  const topics = page.getByRole('group', { name: 'Topic' });
  // On the default corpus the technique rules tag most papers: both groups show.
  await expect(
    page.getByRole('group', { name: 'Technique' }).getByRole('checkbox'),
  ).not.toHaveCount(0);
  const first = topics.getByRole('checkbox').first();
  const name = (await first.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
  const count = Number(/\((\d+)\)$/.exec(name)?.[1]);
  expect(count).toBeGreaterThan(0);
  await first.focus();
  // Its defining phrases show while it has focus, and describe it to assistive technology.
  await expect(topics.locator('.facet-phrases').first()).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/[?&]topic=[a-z0-9-]+/);
  expect(await countShown(page)).toBe(count);
  const id = new URL(page.url()).searchParams.get('topic')!;
  await expectNoAxeViolations(page);

  const fresh = await browser.newPage();
  await fresh.goto(`/?topic=${id}`);
  await expect(status(fresh)).toHaveText(new RegExp(`^${count} paper`));
  await expect(fresh.getByRole('list', { name: 'Active filters' })).toContainText(
    name.replace(/\s*\(\d+\)$/, ''),
  );
  await fresh.close();
});

test('a paper page lists its topics, each explained by its phrases', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
  await results(page).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const tags = page.getByRole('region', { name: 'Tags' });
  const topicLink = tags.locator('a[href*="topic="]').first();
  await expect(topicLink).toBeVisible();
  const why = tags.getByRole('button', { name: /^Why .+\?$/ });
  const topicName = (await topicLink.textContent())!.trim();
  await tags.getByRole('button', { name: `Why ${topicName}?` }).click();
  await expect(tags.getByText(/^Matched: “/)).toBeVisible();
  expect(await why.count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  await topicLink.click();
  await expect(page).toHaveURL(/\/\?topic=[a-z0-9-]+$/);
  await expect(status(page)).toHaveText(/^\d+ papers?/);
});
