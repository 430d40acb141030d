/**
 * Synchronous search over a whole Corpus held in memory (Node tools, the benchmark's pipeline
 * figures). The site itself searches through search-client.ts.
 */
import type { Paper } from '../lib/types';
import type { SearchOutcome, ViewState } from '../lib/search/search-types';
import { createSearchIndex, searchCompact } from '../lib/search/engine';
import { searchAll } from '../lib/search/pipeline';
import { buildTables, columnsOf } from '../lib/search/search-tables';
import type { SearchTables } from '../lib/search/search-tables';

// Built once per corpus (the array's identity), not per call.
const prepared = new WeakMap<readonly Paper[], SearchTables>();

export function runSearch(papers: Paper[], view: ViewState): SearchOutcome {
  let tables = prepared.get(papers);
  if (!tables) {
    const index = createSearchIndex(papers);
    tables = buildTables(columnsOf(papers), (parsed) => searchCompact(index, parsed));
    prepared.set(papers, tables);
  }
  const r = searchAll(tables, view);
  return {
    hits: Array.from(r.ids, (id, i) => ({ id, score: r.scores[i]! })),
    counts: r.counts,
    matchedTerms: r.matchedTerms,
  };
}
