import { useEffect, type RefObject } from 'react';

/** Input types that take text: there "/" is typed. A checkbox or a button is no text field. */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

function isTextField(el: Element | null): boolean {
  if (el instanceof HTMLInputElement) return TEXT_TYPES.has(el.type);
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable);
}

/** With Ctrl, Alt or Meta held, a key is some other shortcut (the browser's, the system's). */
const modified = (e: KeyboardEvent | React.KeyboardEvent) => e.metaKey || e.ctrlKey || e.altKey;

/** "/" focuses the search field from anywhere on the page that is not a text field. */
export function useSlashToFocus(ref: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || modified(e) || isTextField(document.activeElement)) return;
      e.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ref]);
}

/**
 * Arrow keys and j/k move focus between result title links; moving up from the first returns to
 * the search box (found as the box finds the first result: by the markup, search-box.tsx).
 */
export function moveResultFocus(e: React.KeyboardEvent): void {
  const down = e.key === 'ArrowDown' || e.key === 'j';
  const up = e.key === 'ArrowUp' || e.key === 'k';
  if ((!down && !up) || modified(e)) return;
  const links = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[data-result-link]'));
  const at = links.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  e.preventDefault();
  if (up && at === 0) document.querySelector<HTMLElement>('[role="search"] input')?.focus();
  else links[Math.min(links.length - 1, at + (down ? 1 : -1))]?.focus();
}
