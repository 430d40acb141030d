/**
 * One search as the page needs it: full-text matches, the min-context filter, facet filtering
 * with disjunctive counts, then the requested order. Only the requested window of the order is
 * materialised (top-k), so a keystroke at 100k papers does not sort 80,000 matches; searchOrder
 * gives the whole order for the rare consumer that needs it (export, insights).
 */
import { filterIds } from '../facets/counts';
import { isEmptyQuery, parseQuery } from './query';
import { fullOrder, orderOf } from './result-order';
import { sequence } from './result-set';
import type { Ranked } from './result-order';
import type { QueryNotes } from './query-notes';
import type { FacetCounts } from './search-types';
import type { ViewState } from '../url/view-state';
import type { SearchTables } from './search-tables';
import { topK } from './top-k';

export interface SearchPage {
  /** Matches after filters. */
  total: number;
  /** Start of the window: as asked, or the last full window when that was past the end. */
  offset: number;
  /** Paper positions of the requested window, in order. */
  ids: number[];
  counts: FacetCounts;
  /** Index terms and phrases that matched, for highlighting. */
  matchedTerms: string[];
  relaxed: boolean;
  /** What the search did with the words (query-notes.ts), when the page should say it. */
  notes?: QueryNotes;
}

/** What every answer says about the matches, besides their order. */
type About = Pick<SearchPage, 'counts' | 'matchedTerms' | 'relaxed' | 'notes'>;

/** The matches after filters, to be ordered, and what the answer says about them. */
function matches(t: SearchTables, view: ViewState): { m: Ranked; about: About } {
  const parsed = parseQuery(view.q);
  const r = t.search(parsed);
  const docs = r.docs.subarray(0, r.size);
  const min = view.minContext;
  const chosen = view.papers && new Set(view.papers);
  const context = (d: number) => t.contexts[d]!;
  const inView = (d: number) =>
    (min === undefined || context(d) >= min || (Number.isNaN(context(d)) && min <= 0)) &&
    (!chosen || chosen.has(d));
  const filtered = filterIds(min !== undefined || chosen ? docs.filter(inView) : docs, t.matrix, {
    technique: view.technique,
    modality: view.modality,
    contribution: view.contribution,
    topic: view.topic,
  });
  const ids = filtered.ids.subarray(0, filtered.size);
  // ids are some of docs, both ascending: one merge finds their scores.
  const scores = new Float64Array(ids.length);
  for (let i = 0, j = 0; i < ids.length; i += 1) {
    while (docs[j] !== ids[i]) j += 1;
    scores[i] = r.scores[j]!;
  }
  const sort = view.sort ?? (isEmptyQuery(parsed) ? 'dump' : 'relevance');
  const about: About = {
    counts: filtered.counts,
    matchedTerms: [...new Set([...r.terms, ...parsed.phrases])],
    relaxed: r.relaxed,
    ...(r.notes && { notes: r.notes }),
  };
  return { m: { ids, scores, sort }, about };
}

export function searchPage(
  t: SearchTables,
  view: ViewState,
  offset: number,
  limit: number,
): SearchPage {
  const { m, about } = matches(t, view);
  const { ids } = m;
  const size = Math.max(1, limit);
  let first = Math.max(0, offset);
  if (first >= ids.length && ids.length > 0) first = Math.floor((ids.length - 1) / size) * size;
  const window = topK(sequence(ids.length), first + Math.max(0, limit), orderOf(t, m)).subarray(
    first,
  );
  return {
    ...about,
    total: ids.length,
    offset: first,
    ids: Array.from(window, (pos) => ids[pos]!),
  };
}

/** Every match in order, with its score, and the counts and terms of searchPage. */
export function searchAll(
  t: SearchTables,
  view: ViewState,
): Omit<SearchPage, 'ids' | 'offset'> & { ids: Uint32Array; scores: Float64Array } {
  const { m, about } = matches(t, view);
  const order = fullOrder(t, m);
  return {
    ...about,
    total: m.ids.length,
    ids: Uint32Array.from(order, (pos) => m.ids[pos]!),
    scores: Float64Array.from(order, (pos) => m.scores[pos]!),
  };
}

/** Every match, in order (paper positions). */
export function searchOrder(t: SearchTables, view: ViewState): Uint32Array {
  return searchAll(t, view).ids;
}
