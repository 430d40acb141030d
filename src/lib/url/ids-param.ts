/**
 * The `ids` parameter of /reading-list and /compare: comma-separated paper slugs.
 * It comes from shared links, so it is read defensively: any length, markup or encoding.
 */

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 300;
/** More than any sensible list; the rest of a longer value is ignored (and reported). */
export const MAX_IDS = 200;
const MAX_RAW_LENGTH = MAX_IDS * (MAX_SLUG_LENGTH + 1);
/** How much of a rejected value is echoed back to the user. */
const ECHO_LENGTH = 60;
const MAX_ECHOED = 10;

/** Slugs follow the public contract: runs of [a-z0-9] joined by single dashes. */
export function isSlug(x: unknown): x is string {
  return typeof x === 'string' && x.length <= MAX_SLUG_LENGTH && SLUG_RE.test(x);
}

export interface IdsParam {
  /** Well-formed slugs, deduplicated, in the order given. */
  ids: string[];
  /** Malformed values, shortened for display (at most 10). */
  invalid: string[];
  /** How many malformed values there were in all. */
  invalidCount: number;
  /** True when the value held more than MAX_IDS ids or was cut for length. */
  truncated: boolean;
}

function echo(value: string): string {
  return value.length > ECHO_LENGTH ? `${value.slice(0, ECHO_LENGTH)}…` : value;
}

/** Parses an already-decoded `ids` value (URLSearchParams decodes and never throws). */
export function parseIdsParam(raw: string | null | undefined): IdsParam {
  const out: IdsParam = { ids: [], invalid: [], invalidCount: 0, truncated: false };
  if (!raw) return out;
  let value = raw;
  if (value.length > MAX_RAW_LENGTH) {
    value = value.slice(0, MAX_RAW_LENGTH);
    out.truncated = true;
  }
  const seen = new Set<string>();
  for (const part of value.split(',')) {
    // Tolerate the spaces and capitals people add when they edit a link by hand.
    const id = part.trim().toLowerCase();
    if (id === '' || seen.has(id)) continue;
    if (!isSlug(id)) {
      out.invalidCount++;
      if (out.invalid.length < MAX_ECHOED) out.invalid.push(echo(part.trim()));
      continue;
    }
    if (out.ids.length >= MAX_IDS) {
      out.truncated = true;
      break;
    }
    seen.add(id);
    out.ids.push(id);
  }
  return out;
}

/** The `ids` value for a list of slugs (slugs need no escaping, but stay safe if one did). */
export function formatIdsParam(slugs: readonly string[]): string {
  return slugs.map((s) => encodeURIComponent(s)).join(',');
}

/** A path with the ids parameter, e.g. `/compare?ids=a,b`. */
export function pathWithIds(path: string, slugs: readonly string[]): string {
  return slugs.length === 0 ? path : `${path}?ids=${formatIdsParam(slugs)}`;
}
