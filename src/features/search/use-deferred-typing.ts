import { useCallback, useEffect, useRef } from 'react';

/** How long typing must pause before the URL is written. */
export const URL_SETTLE_MS = 250;

/**
 * Writes the typed text to the URL once typing pauses (or the box loses focus), not on every key:
 * each URL change re-renders the page through the router, and while typing that render is pure
 * cost, since results already follow the keys (see search-page.tsx). The history entry is still
 * replaced, never pushed, as the contract asks. `write` must write the text to the URL.
 */
export function useDeferredTyping(write: (q: string) => void) {
  const latest = useRef(write);
  latest.current = write;
  const pending = useRef<{ q: string; timer: ReturnType<typeof setTimeout> } | null>(null);

  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    latest.current(p.q);
  }, []);
  const cancel = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);
  /** The unwritten text, if any, which the caller writes along with its own change. */
  const take = useCallback((): string | undefined => {
    const q = pending.current?.q;
    cancel();
    return q;
  }, [cancel]);
  const schedule = useCallback(
    (q: string) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { q, timer: setTimeout(flush, URL_SETTLE_MS) };
    },
    [flush],
  );
  // Leaving the page drops an unwritten text: writing it then would navigate back here.
  useEffect(() => cancel, [cancel]);
  return { schedule, flush, cancel, take };
}
