import { expect, test, type Page } from '@playwright/test';
import { countShown, expectNoAxeViolations, status, watchPage } from './helpers';

const mapStatus = (page: Page) => page.locator('.map-status');
const canvas = (page: Page) => page.getByRole('img', { name: /^Map of/ });

/** The map has drawn a frame (the canvas says what it drew). */
async function drawn(page: Page) {
  await expect(canvas(page)).toHaveAttribute('data-drawn', 'true');
}

test('the header opens the map: a point per paper, named areas, a status', async ({ page }) => {
  const w = watchPage(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'papers' })).toHaveText('119 papers');
  await drawn(page);
  await expect(canvas(page)).toHaveAttribute('data-full', '119');
  await expect(canvas(page)).toHaveAttribute('data-faded', '0');
  // Names are drawn over their areas.
  expect(
    ((await canvas(page).getAttribute('data-labels')) ?? '').split('|').length,
  ).toBeGreaterThan(3);
  expect(w.errors).toEqual([]);
  expect(w.cspViolations).toEqual([]);
});

test('a point opens its paper; the paper page links back to the map centred on it', async ({
  page,
}) => {
  const slug = 'longformer-the-long-document-transformer';
  await page.goto(`/paper/${slug}`);
  const thumb = page.getByRole('link', { name: /Open the map centred on this paper/ });
  await expect(thumb).toBeVisible();
  await thumb.click();
  await expect(page).toHaveURL(new RegExp(`/map\\?focus=${slug}$`));
  await drawn(page);
  // Centred on the paper, whose title is shown.
  await expect(page.locator('.map-tooltip')).toHaveText(
    'Longformer: The Long-Document Transformer',
  );
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.map-tooltip')).toHaveText(
    'Longformer: The Long-Document Transformer',
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(new RegExp(`/paper/${slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Longformer: The Long-Document Transformer',
  );
});

test('a region of the map becomes a search view with the same count', async ({ page }) => {
  await page.goto('/map');
  await drawn(page);
  await page.getByRole('button', { name: 'Select a region' }).click();
  await expect(page.getByRole('button', { name: 'Select a region' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const box = (await canvas(page).boundingBox())!;
  // The left half of the map, top to bottom.
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2, { steps: 4 });
  await page.mouse.up();
  const show = page.getByRole('link', { name: /^Show these \d+ papers$/ });
  await expect(show).toBeVisible();
  const n = Number(/(\d+)/.exec((await show.textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(119);
  await show.click();
  await expect(page).toHaveURL(/\/\?papers=[bd][A-Za-z0-9_-]+$/);
  // The router shows the map (and its own status, "119 papers") until the search page is ready.
  await expect(
    page.getByRole('button', { name: 'Remove the papers chosen on the map' }),
  ).toBeVisible();
  expect(await countShown(page)).toBe(n);
  // The link is the view: opened afresh, it shows the same papers.
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  expect(await countShown(page)).toBe(n);
});

test('a bad papers value is reported, never a crash', async ({ page }) => {
  const w = watchPage(page);
  await page.goto('/?papers=%E0%A4%A');
  await expect(page.getByRole('alert')).toContainText('not recognised');
  expect(await countShown(page)).toBe(119);
  await page.goto('/?papers=d____');
  await expect(page.getByRole('alert')).toContainText('not recognised');
  expect(w.errors).toEqual([]);
});

test('/map with a view fades the papers outside it and counts them', async ({ page }) => {
  await page.goto('/?technique=kv-cache');
  const total = await countShown(page);
  await page.getByRole('link', { name: 'Map these results' }).click();
  await expect(page).toHaveURL(/\/map\?technique=kv-cache$/);
  await expect(mapStatus(page)).toHaveText(`${total} of 119 papers`);
  await drawn(page);
  await expect(canvas(page)).toHaveAttribute('data-full', String(total));
  await expect(canvas(page)).toHaveAttribute('data-faded', String(119 - total));
  // The text alternative counts the view's papers per area.
  await expect(page.getByRole('button', { name: /of \d+ papers?$/ }).first()).toBeVisible();
  await page.goto('/map?q=zzzqqq');
  await expect(mapStatus(page)).toHaveText('0 of 119 papers');
});

test('the text alternative: areas with counts, keyboard into their papers', async ({ page }) => {
  await page.goto('/map');
  await drawn(page);
  const areas = page.getByRole('heading', { name: 'Areas of the map' });
  await expect(areas).toBeVisible();
  const buttons = page.locator('.area-list').getByRole('button');
  // The counts come with meta.json, which /map loads after its first frame.
  const sum = async () =>
    (await buttons.allTextContents()).reduce(
      (n, t) => n + Number(/(\d+) papers?$/.exec(t)?.[1] ?? NaN),
      0,
    );
  await expect.poll(sum).toBe(119);
  await buttons.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(buttons.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(buttons.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(buttons.first()).toHaveAttribute('aria-expanded', 'true');
  const papers = page.locator('.area-papers').first().getByRole('link');
  await expect(papers.first()).toBeFocused();
  const title = (await papers.first().textContent()) ?? '';
  // A focused paper is named on the map.
  await expect(page.locator('.map-tooltip')).toHaveText(title);
  if ((await papers.count()) > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(papers.nth(1)).toBeFocused();
  }
  await page.keyboard.press('ArrowLeft');
  await expect(buttons.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  // Enter opens the focused paper: wait for focus to move into the area, as a reader would.
  await expect(papers.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/paper\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('keyboard, wheel and buttons zoom and pan the map', async ({ page }) => {
  await page.goto('/map');
  await drawn(page);
  await canvas(page).focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await expect
    .poll(async () => Number(await canvas(page).getAttribute('data-full')))
    .toBeLessThan(119);
  await page.keyboard.press('0');
  await expect(canvas(page)).toHaveAttribute('data-full', '119');
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -1200);
  await expect
    .poll(async () => Number(await canvas(page).getAttribute('data-full')))
    .toBeLessThan(119);
  await page.getByRole('button', { name: 'Whole map' }).click();
  await expect(canvas(page)).toHaveAttribute('data-full', '119');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    test(`axe finds nothing on the map (${scheme}, ${width}px)`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      await page.goto('/map?technique=kv-cache');
      await drawn(page);
      await page.locator('.area-list').getByRole('button').first().click();
      await expectNoAxeViolations(page);
      await page.goto('/paper/longformer-the-long-document-transformer');
      await expect(page.getByRole('link', { name: /Open the map centred/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test('the search status still reads as before', async ({ page }) => {
  await page.goto('/');
  await expect(status(page)).toHaveText(/^119 papers/);
});
