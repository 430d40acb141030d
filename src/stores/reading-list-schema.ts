/**
 * Shapes of the stored reading list, and how every old, damaged or future shape is read.
 * Pure (no DOM): the store wires it to localStorage.
 *
 * v1: { slugs: string[] }                          (no dates)
 * v2: { items: { slug: string; addedAt: number }[] } (addedAt = ms since epoch)
 */

import { isSlug } from '../lib/url/ids-param';
import { isRecord } from '../lib/guards';

export const READING_LIST_VERSION = 2;

export interface ReadingItem {
  slug: string;
  /** Milliseconds since the epoch. */
  addedAt: number;
}

/** What was read, and a short phrase when something was wrong with it (the store reports it). */
export interface ReadResult {
  items: ReadingItem[];
  problem?: string;
}

function validTime(t: unknown, now: number): t is number {
  // A date after "now" (plus a day of clock skew) is as unreadable as a string.
  return typeof t === 'number' && Number.isFinite(t) && t > 0 && t <= now + 86_400_000;
}

/**
 * Cleans a list whose entries are slugs or {slug, addedAt}: drops what is not a slug and
 * duplicates (first wins), and dates an undatable entry `now` rather than dropping it.
 */
export function cleanEntries(
  list: unknown,
  now: number,
): { items: ReadingItem[]; dropped: number; redated: number } {
  if (!Array.isArray(list)) return { items: [], dropped: list === undefined ? 0 : 1, redated: 0 };
  const seen = new Set<string>();
  const items: ReadingItem[] = [];
  let dropped = 0;
  let redated = 0;
  for (const entry of list) {
    const slug = isRecord(entry) ? entry.slug : entry;
    if (!isSlug(slug) || seen.has(slug)) {
      dropped++;
      continue;
    }
    seen.add(slug);
    if (isRecord(entry) && validTime(entry.addedAt, now)) {
      items.push({ slug, addedAt: entry.addedAt });
    } else {
      // v1 strings have no date by design; only a damaged v2 date counts as a repair.
      if (isRecord(entry)) redated++;
      items.push({ slug, addedAt: now });
    }
  }
  return { items, dropped, redated };
}

function describe(dropped: number, redated: number): string | undefined {
  const parts: string[] = [];
  if (dropped > 0)
    parts.push(
      `${dropped} unreadable or duplicate ${dropped === 1 ? 'entry was' : 'entries were'} left out`,
    );
  if (redated > 0)
    parts.push(`${redated} ${redated === 1 ? 'entry' : 'entries'} had no valid date`);
  return parts.length > 0 ? `was partly damaged (${parts.join('; ')})` : undefined;
}

/** Reads a state that claims to be v2. */
export function readV2(state: unknown, now: number): ReadResult {
  if (!isRecord(state) || !Array.isArray(state.items)) {
    return { items: [], problem: 'had an unexpected shape' };
  }
  const { items, dropped, redated } = cleanEntries(state.items, now);
  const problem = describe(dropped, redated);
  return problem ? { items, problem } : { items };
}

/** Reads a v1 state: every slug is kept, dated `now` (v1 kept no dates). */
export function readV1(state: unknown, now: number): ReadResult {
  if (!isRecord(state) || !Array.isArray(state.slugs)) {
    // A v1 label on a v2 body is still readable.
    if (isRecord(state) && Array.isArray(state.items)) return readV2(state, now);
    return { items: [], problem: 'had an unexpected shape' };
  }
  const { items, dropped } = cleanEntries(state.slugs, now);
  const problem = describe(dropped, 0);
  return problem ? { items, problem } : { items };
}

/** Any stored version to the current shape. A future version keeps what still validates. */
export function migrateReadingList(state: unknown, version: number, now: number): ReadResult {
  if (version === READING_LIST_VERSION) return readV2(state, now);
  if (version > READING_LIST_VERSION || !Number.isInteger(version)) {
    const salvaged =
      isRecord(state) && Array.isArray(state.items) ? readV2(state, now) : readV1(state, now);
    const what =
      version > READING_LIST_VERSION
        ? 'was saved by a newer version of Paper Explorer'
        : 'had an unknown version';
    return { items: salvaged.items, problem: what };
  }
  // Version 0 never shipped; 1 (or an unlabelled body) is read as whichever shape it has.
  return readV1(state, now);
}

/** Adds slugs not yet in the list, in order; returns the new list and how many were added. */
export function mergeSlugs(
  items: ReadingItem[],
  slugs: readonly string[],
  now: number,
): { items: ReadingItem[]; added: number } {
  const have = new Set(items.map((i) => i.slug));
  const next = [...items];
  for (const slug of slugs) {
    if (!isSlug(slug) || have.has(slug)) continue;
    have.add(slug);
    next.push({ slug, addedAt: now });
  }
  return { items: next, added: next.length - items.length };
}
