import { expect, test } from '@playwright/test';

// Issue 15, section 5: at phone width the charts fit the screen and show their whole range.
test('at 390 px every chart fits the screen, with its labels and all its marks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/insights');
  const charts = page.locator('section.insight svg.chart');
  // Four tag charts and four topic charts (papers per topic, by modality, by contribution, used
  // together).
  await expect(charts).toHaveCount(8);
  for (const chart of await charts.all()) {
    const name = (await chart.locator('title').first().textContent()) ?? '';
    const fit = await chart.evaluate((svg) => {
      const box = svg.parentElement!.getBoundingClientRect();
      const out = [...svg.querySelectorAll('text, circle, rect.bar-fill, rect.cell-fill')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
        .map(({ el }) => el.textContent || el.tagName);
      // The data area: from the first to the last mark's possible position.
      const rule = svg.querySelector('.row-rule')?.getBoundingClientRect();
      return {
        out,
        sideways: svg.parentElement!.scrollWidth - svg.parentElement!.clientWidth,
        inScreen: box.right <= window.innerWidth,
        dataShare: rule ? rule.width / box.width : 1,
      };
    });
    expect(fit.sideways, `${name}: scrolls sideways`).toBeLessThanOrEqual(0);
    expect(fit.inScreen, `${name}: wider than the screen`).toBe(true);
    expect(fit.out, `${name}: parts outside the screen`).toEqual([]);
    // Labels do not take most of the width: the scale spans most of the chart.
    expect(fit.dataShare, `${name}: data area`).toBeGreaterThan(0.8);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('at 390 px the context chart spans the whole range of claims', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/insights');
  const chart = page.getByRole('region', { name: 'Claimed context length by technique' });
  const svg = chart.locator('svg.chart');
  await expect(svg).toBeVisible();
  // The axis runs past the longest claim (10M tokens at 119 papers), and all of it is on screen.
  const ticks = await svg.locator('.axis text').allTextContents();
  expect(ticks.at(-1)).toMatch(/^\d+[MB]$/);
  const outside = await svg
    .locator('.axis text, circle')
    .evaluateAll(
      (els) =>
        els
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.left < 0 || r.right > window.innerWidth).length,
    );
  expect(outside).toBe(0);
});
