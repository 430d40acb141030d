/**
 * Steps a reader takes on the search page (type, tick, untick, sort, page, clear all, Back,
 * Forward), and the check that holds after each: the page shows what a fresh load of its URL shows.
 */
import { expect, type Page } from '@playwright/test';

export type Step =
  | { do: 'type'; text: string; enter: boolean }
  | { do: 'tick' | 'untick'; label: string }
  | { do: 'sort'; value: string }
  | { do: 'page'; dir: 'Next' | 'Previous' }
  | { do: 'clear' | 'back' | 'forward' };

export function describeStep(s: Step): string {
  switch (s.do) {
    case 'type':
      return `type "${s.text}"${s.enter ? ' + Enter' : ''}`;
    case 'tick':
    case 'untick':
      return `${s.do} ${s.label}`;
    case 'sort':
      return `sort ${s.value}`;
    case 'page':
      return `page ${s.dir}`;
    default:
      return s.do;
  }
}

/** What a reader sees: the count, the titles listed, the ticked boxes, the query and the sort. */
export interface Snapshot {
  count: string;
  titles: string[];
  ticked: string[];
  query: string;
  sort: string;
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Search/ });
const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' });
const sortBox = (page: Page) => page.getByRole('combobox', { name: 'Sort' });

/** The page as shown once its list is complete (the rows below the screen follow the paint). */
async function snapshot(page: Page): Promise<Snapshot | null> {
  return page.evaluate(() => {
    const count = [...document.querySelectorAll('[role="status"]')]
      .map((el) => el.textContent?.trim() ?? '')
      .find((t) => /^\d+ papers?\b/.test(t));
    // Until the full-text index is in, a query's results are the titles' (index-progress.tsx);
    // while the results are busy, the rows below the screen may be an earlier answer's.
    if (!count || document.body.textContent?.includes('Loading full-text index')) return null;
    if (document.querySelector('main [aria-busy="true"]')) return null;
    const m = /^(\d+) papers?(?: · page (\d+) of \d+)?/.exec(count);
    const total = Number(m?.[1]);
    const page = Number(m?.[2] ?? 1);
    const titles = [...document.querySelectorAll('ol[aria-label="Search results"] > li h2')].map(
      (h) => h.textContent ?? '',
    );
    if (titles.length !== Math.max(0, Math.min(25, total - (page - 1) * 25))) return null;
    const ticked = [...document.querySelectorAll<HTMLInputElement>('aside input[type="checkbox"]')]
      .filter((b) => b.checked)
      .map((b) => b.closest('label')?.textContent ?? '?');
    const sortLabel = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Sort');
    const sort = document.getElementById(sortLabel?.htmlFor ?? '') as HTMLSelectElement | null;
    const query = document.querySelector<HTMLInputElement>('input[type="search"]')?.value ?? '';
    return { count, titles, ticked, query, sort: sort?.value ?? '?' };
  });
}

const POLL = { intervals: [50, 100, 200] };

/**
 * What a fresh load of a URL shows, loaded in another page of the same browser. Each URL is loaded
 * once per test: a URL shows the same thing every time, which is the rule under test.
 */
export function freshLoads(fresh: Page) {
  const seen = new Map<string, Snapshot>();
  return async (url: string): Promise<Snapshot> => {
    const known = seen.get(url);
    if (known) return known;
    await fresh.goto(url);
    let snap: Snapshot | null = null;
    await expect
      .poll(async () => (snap = await snapshot(fresh)), { ...POLL, timeout: 10_000 })
      .not.toBeNull();
    seen.set(url, snap!);
    return snap!;
  };
}

/** The page under test shows what a fresh load of its URL shows. */
export async function expectInStepWithUrl(
  page: Page,
  freshLoad: (url: string) => Promise<Snapshot>,
  log: string[],
): Promise<void> {
  const url = page.url();
  const want = await freshLoad(url);
  await expect
    .poll(() => snapshot(page), {
      ...POLL,
      timeout: 4_000,
      message: `after: ${log.join(' → ')}\nURL: ${url}`,
    })
    .toEqual(want);
}

/** Where the tab stands in its history (Chromium's Navigation API). */
async function historyPlace(page: Page): Promise<{ back: boolean; forward: boolean }> {
  return page.evaluate(() => {
    const nav = (
      window as unknown as {
        navigation: { canGoBack: boolean; canGoForward: boolean; currentEntry: { index: number } };
      }
    ).navigation;
    // The first entry is the test's own first load: going back from it would leave the site.
    return { back: nav.currentEntry.index > 0, forward: nav.canGoForward };
  });
}

/** Waits until the URL differs from `before` (a push or a replace happened). */
async function urlMoved(page: Page, before: string): Promise<void> {
  await expect.poll(() => page.url(), { ...POLL, timeout: 4_000 }).not.toBe(before);
}

export async function run(page: Page, step: Step): Promise<void> {
  const before = page.url();
  switch (step.do) {
    case 'type': {
      const box = searchBox(page);
      await box.click();
      await box.press('ControlOrMeta+a');
      if (step.text === '') await box.press('Backspace');
      else await box.pressSequentially(step.text, { delay: 15 });
      if (step.enter) await box.press('Enter');
      // Typing reaches the URL once it pauses.
      await expect
        .poll(() => new URL(page.url()).searchParams.get('q') ?? '', { ...POLL, timeout: 4_000 })
        .toBe(step.text.trim());
      return;
    }
    case 'tick':
    case 'untick': {
      const name = new RegExp(`^${step.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`);
      const box = filters(page).getByRole('checkbox', { name });
      await box.click();
      await urlMoved(page, before);
      return;
    }
    case 'sort':
      await sortBox(page).selectOption(step.value);
      await urlMoved(page, before);
      return;
    case 'page':
      await page
        .getByRole('navigation', { name: 'Pages of results' })
        .getByRole('button', { name: step.dir === 'Next' ? /Next/ : /Previous/ })
        .click();
      await urlMoved(page, before);
      return;
    case 'clear':
      await page.getByRole('button', { name: 'Clear all' }).click();
      await urlMoved(page, before);
      return;
    case 'back':
      await page.goBack();
      return;
    case 'forward':
      await page.goForward();
      return;
  }
}

const WORDS = ['attention', 'kv cache', 'mamba', 'long context', 'video', 'memory', ''];

/** One step that the page, as it stands, allows; chosen by `rnd`. */
export async function randomStep(page: Page, rnd: () => number): Promise<Step> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const boxes = await filters(page)
    .getByRole('checkbox')
    .evaluateAll((els) =>
      els.map((e) => {
        const label = e.closest('label')?.textContent ?? '';
        return {
          name: label.replace(/ \(\d+\)$/, ''),
          count: Number(/\((\d+)\)$/.exec(label)?.[1] ?? 0),
          checked: (e as HTMLInputElement).checked,
        };
      }),
    );
  const { back, forward } = await historyPlace(page);
  const nav = page.getByRole('navigation', { name: 'Pages of results' });
  const dirs: ('Next' | 'Previous')[] = [];
  if ((await nav.count()) > 0) {
    if (await nav.getByRole('button', { name: /Next/ }).isEnabled()) dirs.push('Next');
    if (await nav.getByRole('button', { name: /Previous/ }).isEnabled()) dirs.push('Previous');
  }
  const sorts = await sortBox(page)
    .locator('option')
    .evaluateAll((os) =>
      (os as HTMLOptionElement[]).filter((o) => !o.selected).map((o) => o.value),
    );
  const unticked = boxes.filter((b) => !b.checked && b.count > 0);
  const ticked = boxes.filter((b) => b.checked);
  const options: [number, boolean, () => Step][] = [
    [2, true, () => ({ do: 'type', text: pick(WORDS), enter: rnd() < 0.4 })],
    [3, unticked.length > 0, () => ({ do: 'tick', label: pick(unticked).name })],
    [2, ticked.length > 0, () => ({ do: 'untick', label: pick(ticked).name })],
    [1, sorts.length > 0, () => ({ do: 'sort', value: pick(sorts) })],
    [1, dirs.length > 0, () => ({ do: 'page', dir: pick(dirs) })],
    [1, ticked.length > 0, () => ({ do: 'clear' })],
    [3, back, () => ({ do: 'back' })],
    [2, forward, () => ({ do: 'forward' })],
  ];
  const allowed = options.filter(([, ok]) => ok);
  const total = allowed.reduce((s, [w]) => s + w, 0);
  let r = rnd() * total;
  for (const [w, , make] of allowed) {
    r -= w;
    if (r < 0) return make();
  }
  return allowed[0]![2]();
}
