/**
 * One search as the page needs it: full-text matches, the min-context and year filters, facet filtering
 * with disjunctive counts, then the requested order. Only the requested window of the order is
 * materialised (top-k), so a keystroke at 100k papers does not sort 80,000 matches; searchOrder
 * gives the whole order for the rare consumer that needs it (export, insights).
 */
import { filterIds, yearCounts } from '../facets/counts';
import { isEmptyQuery, parseQuery } from './query';
import { fullOrder, orderOf } from './result-order';
import type { Ranked } from './result-order';
import type { QueryNotes } from './query-notes';
import type { FacetCounts } from '../facets/counts';
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

/** The matches after filters, to be ordered, and what the answer says about them. */
type Matches = Ranked & Pick<SearchPage, 'counts' | 'matchedTerms' | 'relaxed' | 'notes'>;

function matches(t: SearchTables, view: ViewState): Matches {
  const parsed = parseQuery(view.q);
  const r = t.search(parsed);
  const { docs, scores: docScores } = r;
  const min = view.minContext;
  const chosen = view.papers && new Set(view.papers);
  const { since, until } = view;
  let inView = docs.subarray(0, r.size);
  if (min !== undefined || chosen) {
    const context = (d: number) => t.contexts[d]!;
    inView = inView.filter(
      (d) =>
        (min === undefined || context(d) >= min || (Number.isNaN(context(d)) && min <= 0)) &&
        (!chosen || chosen.has(d)),
    );
  }
  const selection = {
    technique: view.technique,
    modality: view.modality,
    contribution: view.contribution,
    topic: view.topic,
  };
  // Years are counted as a facet group is, under every filter but their own.
  const ranged = since !== undefined || until !== undefined;
  const unranged = ranged ? filterIds(inView, t.matrix, selection) : undefined;
  if (ranged)
    inView = inView.filter(
      // Dated keys (year × 12 + month): undated papers are out.
      (d) =>
        (since === undefined || t.posted[d]! >= since * 12) &&
        (until === undefined || t.posted[d]! < (until + 1) * 12),
    );
  const filtered = filterIds(inView, t.matrix, selection);
  const ids = filtered.ids.subarray(0, filtered.size);
  const year = yearCounts(t.posted, unranged ? unranged.ids.subarray(0, unranged.size) : ids);
  // ids are some of docs, both ascending: one merge finds their scores (all of docs: as they are).
  let scores = docScores.subarray(0, r.size);
  if (ids.length < r.size) {
    scores = new Float64Array(ids.length);
    for (let i = 0, j = 0; i < ids.length; i += 1) {
      while (docs[j] !== ids[i]) j += 1;
      scores[i] = docScores[j]!;
    }
  }
  return {
    ids,
    scores,
    sort: view.sort ?? (isEmptyQuery(parsed) ? 'dump' : 'relevance'),
    counts: { ...filtered.counts, year },
    // An acronym's long form is marked where a paper was found through it.
    matchedTerms: [
      ...new Set([...r.terms, ...parsed.phrases, ...(r.notes?.longForms.map(([, l]) => l) ?? [])]),
    ],
    relaxed: r.relaxed,
    ...(r.notes && { notes: r.notes }),
  };
}

export function searchPage(
  t: SearchTables,
  view: ViewState,
  offset: number,
  limit: number,
): SearchPage {
  const m = matches(t, view);
  const { ids } = m;
  const size = Math.max(1, limit);
  let first = Math.max(0, offset);
  if (first >= ids.length && ids.length > 0) first = Math.floor((ids.length - 1) / size) * size;
  const window = topK(ids.length, first + Math.max(0, limit), orderOf(t, m)).subarray(first);
  return {
    total: ids.length,
    offset: first,
    ids: Array.from(window, (pos) => ids[pos]!),
    counts: m.counts,
    matchedTerms: m.matchedTerms,
    relaxed: m.relaxed,
    ...(m.notes && { notes: m.notes }),
  };
}

/** Every match in order, with its score, and the counts and terms of searchPage. */
export function searchAll(
  t: SearchTables,
  view: ViewState,
): Omit<SearchPage, 'ids' | 'offset'> & { ids: Uint32Array; scores: Float64Array } {
  const m = matches(t, view);
  const order = fullOrder(t, m);
  return {
    total: m.ids.length,
    ids: Uint32Array.from(order, (pos) => m.ids[pos]!),
    scores: Float64Array.from(order, (pos) => m.scores[pos]!),
    counts: m.counts,
    matchedTerms: m.matchedTerms,
    relaxed: m.relaxed,
  };
}

/** Every match, in order (paper positions). */
export function searchOrder(t: SearchTables, view: ViewState): Uint32Array {
  return searchAll(t, view).ids;
}
