import type { Paper } from '../lib/types';
import type { SearchOutcome, ViewState } from '../lib/search/search-types';
import { createSearchIndex, searchIndex, type SearchIndex } from '../lib/search/engine';
import { parseQuery } from '../lib/search/query';
import { buildFacetMatrix, filterAndCount, type FacetMatrix } from '../lib/facets/counts';
import { sortHits } from '../lib/search/sort';
import { maxContext } from '../lib/claims/extract-claims';

interface Prepared {
  papers: Paper[];
  index: SearchIndex;
  matrix: FacetMatrix;
  contexts: (number | undefined)[];
}

// The index is a module-level cache, not store state: built once per corpus.
let prepared: Prepared | null = null;

function prepare(papers: Paper[]): Prepared {
  if (prepared?.papers === papers) return prepared;
  prepared = {
    papers,
    index: createSearchIndex(papers),
    matrix: buildFacetMatrix(papers),
    contexts: papers.map((p) => maxContext(p.claims)),
  };
  return prepared;
}

export function runSearch(papers: Paper[], view: ViewState): SearchOutcome {
  const p = prepare(papers);
  const parsed = parseQuery(view.q);
  const hasQuery = parsed.terms.length + parsed.phrases.length + parsed.excluded.length > 0;
  let candidates = hasQuery
    ? searchIndex(p.index, parsed)
    : papers.map((_, id) => ({ id, score: 0, terms: [] as string[] }));
  if (view.minContext !== undefined) {
    const min = view.minContext;
    candidates = candidates.filter((h) => (p.contexts[h.id] ?? 0) >= min);
  }
  const { results, counts } = filterAndCount(
    candidates.map((h) => h.id),
    p.matrix,
    { technique: view.technique, modality: view.modality, contribution: view.contribution },
  );
  const byId = new Map(candidates.map((h) => [h.id, h]));
  const hits = results.map((id) => ({ id, score: byId.get(id)?.score ?? 0 }));
  const sort = view.sort ?? (hasQuery ? 'relevance' : 'dump');
  const matchedTerms = [...new Set(candidates.flatMap((h) => h.terms).concat(parsed.phrases))];
  return { hits: sortHits(hits, sort, papers, p.contexts), counts, matchedTerms };
}
