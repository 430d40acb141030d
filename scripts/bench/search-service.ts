/**
 * Synchronous search over a whole Corpus held in memory (Node tools, the benchmark's pipeline
 * figures). The site searches through src/corpus/search-client.ts.
 */
import type { Paper } from '../../src/lib/types';
import type { FacetCounts } from '../../src/lib/facets/counts';
import type { ViewState } from '../../src/lib/url/view-state';
import { createSearchIndex, searchCompact } from '../../src/lib/search/engine';
import { searchAll, searchPage } from '../../src/lib/search/pipeline';
import type { SearchPage } from '../../src/lib/search/pipeline';
import { buildTables, columnsOf } from '../../src/lib/search/search-tables';
import type { SearchTables } from '../../src/lib/search/search-tables';

interface SearchOutcome {
  /** All matching papers after filters, in the requested order. */
  hits: { id: number; score: number }[];
  /** Disjunctive counts: how many results toggling each value would give. */
  counts: FacetCounts;
  /** Query terms as matched in the index (for highlighting). */
  matchedTerms: string[];
}

// Built once per corpus (the array's identity), not per call.
const prepared = new WeakMap<readonly Paper[], SearchTables>();

function tablesOf(papers: Paper[]): SearchTables {
  let tables = prepared.get(papers);
  if (!tables) {
    const index = createSearchIndex(papers);
    tables = buildTables(columnsOf(papers), (parsed) => searchCompact(index, parsed));
    prepared.set(papers, tables);
  }
  return tables;
}

/** What a keystroke asks the search host for: one window of results, facet counts, terms. */
export function runSearchPage(
  papers: Paper[],
  view: ViewState,
  offset: number,
  limit: number,
): SearchPage {
  return searchPage(tablesOf(papers), view, offset, limit);
}

/** Every result in order, with scores (tools that need the whole order). */
export function runSearch(papers: Paper[], view: ViewState): SearchOutcome {
  const r = searchAll(tablesOf(papers), view);
  return {
    hits: Array.from(r.ids, (id, i) => ({ id, score: r.scores[i]! })),
    counts: r.counts,
    matchedTerms: r.matchedTerms,
  };
}
