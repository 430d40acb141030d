/** Every timer on the keystroke path (DESIGN.md, "Keystroke model"). */

/**
 * The URL follows the search box once typing pauses this long (at once on any other change of
 * view): each URL change renders the page through the router, work no reader gains from between
 * two keys.
 */
export const URL_DEBOUNCE_MS = 250;

/**
 * Without a hint (the box got focus, a query came), the index starts loading this long after the
 * search client starts: sooner, at 100k papers it would compete with the list for the network.
 */
export const INDEX_START_MS = 1000;

/**
 * Shortest time between two announcements of arrived texts (HostStatus.textsVersion): an exact
 * phrase at 100k papers can need thousands of shards, and each announcement re-runs the query.
 */
export const TEXTS_SETTLE_MS = 250;

/**
 * Snippets' shards are fetched once the results have stayed the same this long: otherwise each
 * key fetches and parses the shards of 25 papers the reader never sees, while the next key waits.
 * Bench at 10k papers, keystroke p50 / p95: 9.5–10.9 / 28.3–30.2 ms without it, 6.3–7.1 /
 * 10.9–11.7 ms with it (three runs each, 4 December).
 */
export const SNIPPET_SETTLE_MS = 200;
