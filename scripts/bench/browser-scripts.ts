/**
 * Code that runs inside the page. Kept as plain JavaScript strings: functions compiled by tsx carry
 * helper calls (__name) that do not exist in the page.
 */

const RESULTS = '[aria-label="Search results"]';

/** Init script: records when the results list first has items (performance.now(), i.e. since navigation start). */
export const LIST_SHOWN_INIT = `
(() => {
  const b = (window.__bench = { listShownAt: null });
  const obs = new MutationObserver(() => {
    const list = document.querySelector('${RESULTS}');
    if (list && list.children.length > 0) {
      b.listShownAt = performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Keystroke probe. For each key (keydown in capture, event.timeStamp):
 * - `at`: the first mutation that changes what the reader sees of the results: the status text
 *   and the items of the list that start on the screen;
 * - `done`: the last mutation, before the next key, that changes the status or the whole list
 *   (items below the screen included).
 * A key without a change on the screen before the next key gets at: null (no visible update of
 * its own, e.g. a space, or a render the app skipped for a newer key).
 */
export const KEY_PROBE_INSTALL = `
(() => {
  const b = window.__bench;
  const status = () => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join('|');
  const list = () => document.querySelector('${RESULTS}');
  // innerHTML, not textContent: a new highlight can change the markup but not the text.
  const whole = () => { const l = list(); return status() + '\\u0000' + (l ? l.innerHTML : '<no list>'); };
  // Reading positions lays the page out, which the frame would do anyway; the time is taken before.
  const onScreen = () => {
    const l = list();
    let html = l ? '' : '<no list>';
    if (l) for (const item of l.children) {
      if (item.getBoundingClientRect().top >= innerHeight) break;
      html += item.outerHTML;
    }
    return status() + '\\u0000' + html;
  };
  b.keys = []; b.updates = []; b.pending = null; b.seen = onScreen(); b.whole = whole(); b.changedAt = 0;
  document.addEventListener('keydown', (e) => {
    if (b.pending !== null) b.keys.push(b.pending);
    b.pending = { t: e.timeStamp, at: null, done: null };
  }, true);
  b.observer = new MutationObserver(() => {
    // The update's time is when it is delivered: the probe's own reading below is not the app's.
    const now = performance.now();
    const w = whole();
    if (w === b.whole) return;
    b.whole = w;
    b.changedAt = now;
    if (b.pending !== null) b.pending.done = now;
    const seen = onScreen();
    if (seen === b.seen) return;
    b.seen = seen;
    b.updates.push(now);
    if (b.pending !== null && b.pending.at === null) b.pending.at = now;
  });
  b.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})();`;

/** Quiet when nothing has changed for 100 ms after the last key's update, or for `ms` after it. */
export const keysQuiet = (ms: number) =>
  `(() => { const b = window.__bench; const now = performance.now();
    return b.pending === null || (b.pending.at !== null && now - b.changedAt > 100) || now - b.pending.t > ${ms}; })()`;

export const KEY_PROBE_READ = `(() => {
  const b = window.__bench;
  const out = { keys: b.keys.concat(b.pending ? [b.pending] : []), updates: b.updates };
  b.keys = []; b.updates = []; b.pending = null;
  return out;
})()`;

/** Naive peer in the page: fetch + parse the corpus, lowercase once, includes() per term. Mirrors naive-scan.ts. */
export function naiveInPage(queries: readonly string[], reps: number): string {
  return `(async () => {
  const t0 = performance.now();
  const corpus = await (await fetch('/data/corpus.json')).json();
  const hay = corpus.papers.map((p) => (p.title + '\\n' + p.abstract).toLowerCase());
  const prepMs = performance.now() - t0;
  const search = (q) => {
    const words = q.toLowerCase().replace(/"/g, ' ').split(/\\s+/).filter(Boolean);
    const must = words.filter((w) => !w.startsWith('-'));
    const not = words.filter((w) => w.startsWith('-') && w.length > 1).map((w) => w.slice(1));
    let n = 0;
    for (const h of hay) if (must.every((w) => h.includes(w)) && !not.some((w) => h.includes(w))) n++;
    return n;
  };
  const samples = [];
  for (const q of ${JSON.stringify(queries)}) {
    search(q);
    for (let r = 0; r < ${reps}; r++) { const t = performance.now(); search(q); samples.push(performance.now() - t); }
  }
  return { prepMs, samples };
})()`;
}

/** Pagefind import + init in the page (kept on window for the query pass); returns init ms. */
export const PAGEFIND_INIT = `(async () => {
  const t0 = performance.now();
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  window.__pf = pf;
  return performance.now() - t0;
})()`;

/** Each query once cold then once warm, loading the first 25 results' data like a result list would. */
export function pagefindQueries(queries: readonly string[]): string {
  return `(async () => {
  const pf = window.__pf;
  const run = async (q) => {
    const t = performance.now();
    const r = await pf.search(q);
    await Promise.all(r.results.slice(0, 25).map((x) => x.data()));
    return { ms: performance.now() - t, hits: r.results.length };
  };
  const cold = []; const warm = []; const hits = [];
  for (const q of ${JSON.stringify(queries)}) { const c = await run(q); cold.push(c.ms); hits.push(c.hits); }
  for (const q of ${JSON.stringify(queries)}) warm.push((await run(q)).ms);
  return { cold, warm, hits };
})()`;
}
