// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { coverCount, useViewportFirst, type Rows } from './use-viewport-first';

/** Items laid out 100 px apart from `top`, on a screen `height` px tall. */
function layOut(list: HTMLElement, top: number, height: number) {
  vi.stubGlobal('innerHeight', height);
  Array.from(list.children).forEach((item, i) => {
    const y = top + i * 100;
    vi.spyOn(item, 'getBoundingClientRect').mockReturnValue({
      top: y,
      bottom: y + 100,
    } as DOMRect);
  });
}

function listOf(n: number): HTMLElement {
  const list = document.createElement('ol');
  for (let i = 0; i < n; i += 1) list.append(document.createElement('li'));
  return list;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('coverCount', () => {
  it('counts the items that start on the screen, and one more', () => {
    const list = listOf(25);
    layOut(list, 150, 720); // items start at 150, 250, … 650 on the screen; 750 is below
    expect(coverCount(list)).toBe(7);
  });

  it('when the list ends on the screen, adds what would fill the rest of it', () => {
    const list = listOf(3);
    layOut(list, 0, 720); // 3 items end at 300: 420 px left, 100 px each
    expect(coverCount(list)).toBe(3 + 5 + 1);
  });

  it('knows nothing without a list, items or a screen', () => {
    expect(coverCount(null)).toBe(Number.POSITIVE_INFINITY);
    expect(coverCount(listOf(0))).toBe(Number.POSITIVE_INFINITY);
    const list = listOf(3);
    layOut(list, 0, 0);
    expect(coverCount(list)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('useViewportFirst', () => {
  beforeEach(() => vi.useFakeTimers());

  function Probe({ rows, all = false }: { rows: Rows; all?: boolean }) {
    const ref = useRef<HTMLOListElement>(null);
    const { fresh, kept } = useViewportFirst(rows, ref, all);
    return (
      <ol ref={ref}>
        {fresh.ids.map((id) => (
          <li key={id} data-terms={fresh.terms.join(' ')}>
            {id}
          </li>
        ))}
        {kept?.ids.map((id) => (
          <li key={id} data-terms={kept.terms.join(' ')}>
            {id}
          </li>
        ))}
      </ol>
    );
  }
  const rows = (ids: number[], terms: string[]): Rows => ({ ids, terms });
  const shown = (c: HTMLElement) =>
    Array.from(c.querySelectorAll('li'), (li) => `${li.textContent}:${li.dataset.terms}`);

  /** Mounts 10 rows, 100 px each, and lets the hook measure them on a 250 px screen. */
  async function mounted() {
    const first = rows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], ['a']);
    const view = render(<Probe rows={first} />);
    layOut(view.container.querySelector('ol')!, 0, 250);
    await act(async () => vi.advanceTimersByTime(200));
    return view;
  }

  /** Old rows `from`..9 as the first render left them (terms "a"). */
  const oldRows = (from: number) => Array.from({ length: 10 - from }, (_, i) => `${from + i}:a`);

  /** Renders `next`: first `firstPass`, then, after the paint, all of `next` with its terms. */
  async function showsInTwoPasses(
    view: ReturnType<typeof render>,
    next: Rows,
    firstPass: string[],
  ) {
    view.rerender(<Probe rows={next} />);
    expect(shown(view.container)).toEqual(firstPass);
    await act(async () => vi.advanceTimersByTime(200));
    expect(shown(view.container)).toEqual(next.ids.map((id) => `${id}:${next.terms[0]}`));
  }

  it('renders new results on the screen first, keeping the rest as they were until after paint', async () => {
    // Items 0-2 start on the 250 px screen, and one more: 4 fresh, then the old rows from 4 on.
    const next = rows([20, 1, 21, 22, 23, 24, 25, 3, 26, 27], ['b']);
    await showsInTwoPasses(await mounted(), next, ['20:b', '1:b', '21:b', '22:b', ...oldRows(4)]);
  });

  it('leaves old rows below the screen past the end of a shorter list until the rest comes', async () => {
    const next = rows([30, 31, 32, 33, 34, 35], ['c']);
    await showsInTwoPasses(await mounted(), next, ['30:c', '31:c', '32:c', '33:c', ...oldRows(4)]);
  });

  it('renders a list that ends on the screen whole at once', async () => {
    const view = await mounted();
    const next = rows([50, 51, 2], ['e']);
    view.rerender(<Probe rows={next} />);
    expect(shown(view.container)).toEqual(['50:e', '51:e', '2:e']);
  });

  it('renders everything at once when asked (the list holds the focus)', async () => {
    const view = await mounted();
    const next = rows([40, 41, 42, 43, 44, 45], ['d']);
    view.rerender(<Probe rows={next} all />);
    expect(shown(view.container)).toEqual(next.ids.map((id) => `${id}:d`));
  });
});
