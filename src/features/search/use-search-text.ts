import { useEffect, useMemo, useRef, useState } from 'react';
import { URL_DEBOUNCE_MS } from '../../corpus/timing';
import type { ViewState } from '../../lib/url/view-state';

/** The URL's view with the box's text, as setView will write it (a new text resets the page). */
const withText = (urlView: ViewState, q: string): ViewState =>
  q === urlView.q ? urlView : { ...urlView, q, page: 1 };

/**
 * The search box's text, the one place typed text lives (DESIGN.md, "Keystroke model"), and the
 * view searched: the URL's with that text. The URL follows the text once typing pauses
 * (URL_DEBOUNCE_MS, replacing the history entry) or at once on `commit`; when the URL's text
 * changes from outside (Back, a link), the box takes it.
 */
export function useSearchText(
  urlView: ViewState,
  setView: (patch: Partial<ViewState>, replace?: boolean) => void,
) {
  const urlQ = urlView.q;
  const [text, setText] = useState(urlQ);
  // The URL's text as last seen, and the texts written since that have not reached it yet.
  const [seen, setSeen] = useState({ url: urlQ, sent: [] as string[] });
  if (urlQ !== seen.url) {
    const i = seen.sent.indexOf(urlQ);
    setSeen({ url: urlQ, sent: i >= 0 ? seen.sent.slice(i + 1) : [] });
    if (i < 0) setText(urlQ);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** Writes the view to the URL now, the text included (a patch's own `q` replaces it). */
  const commit = (patch: Partial<ViewState>, replace?: boolean) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const q = patch.q ?? text;
    setText(q);
    if (q !== urlQ) setSeen((s) => ({ ...s, sent: [...s.sent, q] }));
    setView({ ...patch, q }, replace);
  };
  // The timer writes what is typed when it fires, onto the view of that moment.
  const flush = useRef(() => {});
  useEffect(() => {
    flush.current = () => timer.current !== undefined && commit({}, true);
  });
  // Leaving the page drops an unwritten text: writing it then would navigate back here.
  useEffect(() => () => clearTimeout(timer.current), []);
  /** A key changed the text. */
  const type = (q: string) => {
    setText(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush.current(), URL_DEBOUNCE_MS);
  };
  const view = useMemo(() => withText(urlView, text), [urlView, text]);
  return { text, view, type, commit, flush: () => flush.current() };
}
