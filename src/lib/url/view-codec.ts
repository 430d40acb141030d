/**
 * The search page's URL <-> ViewState (contract.md, "Query parameters of /").
 *
 * decodeView never throws: links are shared, typed and mangled. Unknown facet ids and parameters
 * are dropped from the view but reported, so the page can say a filter was not recognised.
 * encodeView is canonical: defaults are left out, facet ids are deduplicated and written in
 * taxonomy order, so equal views give equal URLs.
 */
import type { FacetGroup } from '../types';
import { FACET_GROUPS } from '../types';
import type { SortKey, ViewState } from './view-state';
import { viewOf } from './view-state';
import { MAX_QUERY_CHARS } from '../search/query';
import { sanitize } from '../search/normalize';
import { TAXONOMY } from '../taxonomy';
import { formatContextSize, MAX_CONTEXT, parseContextSize } from './context-size';
import { decodePaperSet, encodePaperSet } from './paper-set';

/** Known facet ids per group, in taxonomy order (a Set keeps insertion order). */
export type KnownIds = Record<Exclude<FacetGroup, 'topic'>, Iterable<string>> & {
  topic?: Iterable<string>;
};

export interface UnknownValue {
  group: FacetGroup | 'param';
  /** The facet id, or "name=value" for a parameter; shortened. */
  value: string;
}

export interface DecodedView {
  view: ViewState;
  unknown: UnknownValue[];
}

export const SORT_KEYS: readonly SortKey[] = [
  'relevance',
  'dump',
  'title',
  'context',
  'speedup',
  'posted',
];
export const MAX_PAGE = 100_000;
const MAX_SEARCH_CHARS = 100_000;
const MAX_UNKNOWN = 20;
const ECHO = 60;

/** The taxonomy's ids, topics included once the corpus has set them (one object per topic list). */
let defaultKnown: { topics: unknown; known: KnownIds } | undefined;
function knownNow(): KnownIds {
  if (defaultKnown?.topics !== TAXONOMY.topic) {
    defaultKnown = {
      topics: TAXONOMY.topic,
      known: {
        technique: TAXONOMY.technique.map((v) => v.id),
        modality: TAXONOMY.modality.map((v) => v.id),
        contribution: TAXONOMY.contribution.map((v) => v.id),
        topic: TAXONOMY.topic.map((v) => v.id),
      },
    };
  }
  return defaultKnown.known;
}

const orderCache = new WeakMap<KnownIds, Record<FacetGroup, Map<string, number>>>();
function orderOf(known: KnownIds): Record<FacetGroup, Map<string, number>> {
  let order = orderCache.get(known);
  if (!order) {
    order = {} as Record<FacetGroup, Map<string, number>>;
    for (const g of FACET_GROUPS) order[g] = new Map([...(known[g] ?? [])].map((id, i) => [id, i]));
    orderCache.set(known, order);
  }
  return order;
}

/** Relevance with a query, corpus order without one (view-state.ts). */
function defaultSort(q: string): SortKey {
  return q.trim() ? 'relevance' : 'dump';
}

function cleanQuery(q: string): string {
  const clean = sanitize(q.slice(0, MAX_QUERY_CHARS));
  return clean.trim() ? clean : '';
}

/** Known ids only, deduplicated, in taxonomy order. */
function canonicalIds(ids: readonly string[], order: Map<string, number>): string[] {
  const known = [...new Set(ids)].filter((id) => order.has(id));
  return known.sort((a, b) => order.get(a)! - order.get(b)!);
}

/** The canonical form of a view: what decodeView(encodeView(view)) gives back. */
export function canonicalView(view: ViewState, known: KnownIds = knownNow()): ViewState {
  const order = orderOf(known);
  const q = cleanQuery(view.q);
  const out: ViewState = {
    q,
    technique: canonicalIds(view.technique, order.technique),
    modality: canonicalIds(view.modality, order.modality),
    contribution: canonicalIds(view.contribution, order.contribution),
    topic: canonicalIds(view.topic, order.topic),
    page: Number.isSafeInteger(view.page) && view.page >= 1 ? Math.min(view.page, MAX_PAGE) : 1,
  };
  if (view.sort && SORT_KEYS.includes(view.sort) && view.sort !== defaultSort(q))
    out.sort = view.sort;
  const min = view.minContext;
  if (min !== undefined && Number.isFinite(min) && min >= 1)
    out.minContext = Math.min(Math.round(min), MAX_CONTEXT);
  // A range written backwards ("since=2024&until=2021") means the years between.
  const years = [view.since, view.until].filter((y): y is number => y !== undefined && isYear(y));
  if (view.since !== undefined && isYear(view.since)) out.since = Math.min(...years);
  if (view.until !== undefined && isYear(view.until)) out.until = Math.max(...years);
  if (view.papers?.length) {
    const set = decodePaperSet(encodePaperSet(view.papers));
    if (set) out.papers = set;
  }
  return out;
}

export function encodeView(view: ViewState, known: KnownIds = knownNow()): string {
  const v = canonicalView(view, known);
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${encodeURIComponent(value)}`);
  if (v.q) parts.push(new URLSearchParams({ q: v.q }).toString());
  for (const g of FACET_GROUPS) {
    // Ids are [a-z0-9-]: the commas stay readable.
    if (v[g].length) parts.push(`${g}=${v[g].map(encodeURIComponent).join(',')}`);
  }
  if (v.sort) add('sort', v.sort);
  if (v.page > 1) add('page', String(v.page));
  if (v.minContext !== undefined) add('minContext', formatContextSize(v.minContext));
  if (v.since !== undefined) add('since', String(v.since));
  if (v.until !== undefined) add('until', String(v.until));
  if (v.papers) add('papers', encodePaperSet(v.papers));
  return parts.length ? `?${parts.join('&')}` : '';
}

function readParams(search: string): [string, string][] {
  try {
    const s = typeof search === 'string' ? search.slice(0, MAX_SEARCH_CHARS) : '';
    return [...new URLSearchParams(s.startsWith('?') ? s.slice(1) : s)];
  } catch {
    return [];
  }
}

/** The years a listing's dates give (dump/authors.ts, statedYear). */
const isYear = (y: number) => Number.isSafeInteger(y) && y >= 1800 && y <= 2099;

function parsePage(raw: string): number | undefined {
  if (!/^\s*\d{1,30}\s*$/.test(raw)) return undefined;
  const n = Number(raw.trim());
  return n >= 1 ? Math.min(n, MAX_PAGE) : undefined;
}

export function decodeView(search: string, known: KnownIds = knownNow()): DecodedView {
  const order = orderOf(known);
  const view: ViewState = viewOf();
  const unknown: UnknownValue[] = [];
  const seen = new Set<string>();
  const report = (group: UnknownValue['group'], value: string) => {
    const v = sanitize(value).slice(0, ECHO);
    const key = `${group}\u0000${v}`;
    if (unknown.length < MAX_UNKNOWN && !seen.has(key)) {
      seen.add(key);
      unknown.push({ group, value: v });
    }
  };
  const done = new Set<string>();
  for (const [name, value] of readParams(search)) {
    if ((FACET_GROUPS as readonly string[]).includes(name)) {
      const group = name as FacetGroup;
      for (const raw of value.split(',')) {
        const id = raw.trim().toLowerCase();
        if (!id) continue;
        if (order[group].has(id)) view[group].push(id);
        else report(group, id);
      }
      continue;
    }
    if (
      !name ||
      (done.has(name) &&
        ['q', 'sort', 'page', 'minContext', 'since', 'until', 'papers'].includes(name))
    )
      continue;
    if (name === 'q') view.q = value;
    else if (name === 'sort') {
      if (SORT_KEYS.includes(value as SortKey)) view.sort = value as SortKey;
      else if (value) report('param', `sort=${value}`);
    } else if (name === 'page') {
      const page = parsePage(value);
      if (page !== undefined) view.page = page;
      else if (value) report('param', `page=${value}`);
    } else if (name === 'minContext') {
      const min = parseContextSize(value);
      if (min !== undefined) view.minContext = min;
      else if (value) report('param', `minContext=${value}`);
    } else if (name === 'since' || name === 'until') {
      const year = /^\s*\d{4}\s*$/.test(value) ? Number(value) : Number.NaN;
      if (isYear(year)) view[name] = year;
      else if (value) report('param', `${name}=${value}`);
    } else if (name === 'papers') {
      const set = decodePaperSet(value);
      if (set) view.papers = set;
      else if (value) report('param', `papers=${value}`);
    } else report('param', value ? `${name}=${value}` : name);
    done.add(name);
  }
  return { view: canonicalView(view, known), unknown };
}
