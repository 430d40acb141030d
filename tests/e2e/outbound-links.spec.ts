import { expect, test, type Page } from '@playwright/test';

/**
 * Outbound links (issue 7): every link that leaves the site is http(s) and carries
 * rel="noopener noreferrer", on paper pages and wherever else papers' links appear.
 */
const WITH_LINKS: [string, string][] = [
  [
    'infvsr-breaking-length-limits-of-generic-video-super-resolution',
    'https://github.com/Kai-Liu001/InfVSR',
  ],
  [
    'clinical-longformer-and-clinical-bigbird-transformers-for-long-clinical-sequences',
    'https://huggingface.co/yikuan8/Clinical-Longformer',
  ],
  [
    'arctic-long-sequence-training-scalable-and-efficient-training-for-multi-million-token-sequences',
    'https://www.deepspeed.ai/tutorials/ulysses-alst-sequence-pallellism/',
  ],
  [
    'quest-query-aware-sparsity-for-efficient-long-context-llm-inference',
    'http://github.com/mit-han-lab/Quest',
  ],
  [
    'vall-e-2-neural-codec-language-models-are-human-parity-zero-shot-text-to-speech-synthesizers',
    'https://aka.ms/valle2',
  ],
];

/** Every link on the page: its resolved URL, whether it leaves the site, and its rel. */
function links(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], a[*|href]')].map((a) => {
      const href =
        a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '';
      const url = new URL(href, location.href);
      return {
        href,
        protocol: url.protocol,
        external: url.origin !== location.origin,
        rel: a.getAttribute('rel') ?? '',
      };
    }),
  );
}

function expectSafe(all: Awaited<ReturnType<typeof links>>) {
  for (const l of all) expect(['http:', 'https:'], l.href).toContain(l.protocol);
  for (const l of all.filter((x) => x.external)) {
    expect(l.href, l.href).toMatch(/^https?:\/\/[^\s"'<>`]+$/);
    expect(l.rel.split(/\s+/).sort(), l.href).toEqual(['noopener', 'noreferrer']);
  }
}

test('paper pages: every outbound link is http(s) with rel="noopener noreferrer"', async ({
  page,
}) => {
  let outbound = 0;
  for (const [slug, url] of WITH_LINKS) {
    await page.goto(`/paper/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(`a[href="${url}"]`).first()).toBeVisible();
    const all = await links(page);
    expectSafe(all);
    outbound += all.filter((l) => l.external).length;
  }
  expect(outbound).toBeGreaterThanOrEqual(WITH_LINKS.length);
});

test('compare, shared list and search results hold to the same rule', async ({ page }) => {
  const ids = WITH_LINKS.slice(0, 4)
    .map(([s]) => s)
    .join(',');
  for (const path of [
    `/compare?ids=${ids}`,
    `/reading-list?ids=${ids}`,
    '/?q=github',
    '/insights',
  ]) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeAttached();
    await expect(page.getByText(/Loading papers/)).toHaveCount(0);
    expectSafe(await links(page));
  }
});
