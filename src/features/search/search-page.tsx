import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import type { Paper } from '../../lib/types';
import { runSearch } from '../../data/search-service';
import { useDocumentTitle } from '../../app/use-document-title';
import type { ReactNode } from 'react';
import type { FacetCounts, ViewState } from '../../lib/search/search-types';
import { useViewState, type ViewUpdate } from './use-view-state';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { ResultList } from './result-list';
import { Pagination } from './pagination';
import { NoResults } from './no-results';
import { useSlashToFocus } from './use-keyboard';

export const PAGE_SIZE = 25;

export interface FacetSlotProps {
  view: ViewState;
  counts: FacetCounts;
  unknown: ReturnType<typeof useViewState>['unknown'];
  onChange: (patch: Partial<ViewState>, opts?: ViewUpdate) => void;
  onClearUnknown: () => void;
}

interface Props {
  papers: Paper[] | null;
  /** Facet panel and filter chips come from the facets feature, composed by the route. */
  renderFacets?: (props: FacetSlotProps) => ReactNode;
  renderChips?: (props: FacetSlotProps) => ReactNode;
  /** Actions on the whole current result set (export, …), composed by the route. */
  renderActions?: (getPapers: () => Paper[], view: ViewState) => ReactNode;
}

export function SearchPage({ papers, renderFacets, renderChips, renderActions }: Props) {
  const { view, unknown, search, setView, clearUnknown } = useViewState();
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(inputRef);
  useDocumentTitle(view.q ? `“${view.q.slice(0, 60)}”` : undefined);
  const outcome = useMemo(() => (papers ? runSearch(papers, view) : null), [papers, view]);

  const total = outcome?.hits.length ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(view.page, pageCount);
  const slot: FacetSlotProps | null = outcome
    ? { view, counts: outcome.counts, unknown, onChange: setView, onClearUnknown: clearUnknown }
    : null;
  const pageHits = outcome?.hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) ?? [];

  return (
    <main id="main" className="page search-page">
      <h1 className="visually-hidden">Search papers</h1>
      <div className="search-bar">
        <SearchBox ref={inputRef} value={view.q} onChange={(q, replace) => setView({ q }, { replace })} />
        <SortSelect value={view.sort} hasQuery={view.q.trim() !== ''} onChange={(sort) => setView({ sort })} />
      </div>
      <div className="search-layout">
        {slot && renderFacets?.(slot)}
        <section className="results" aria-label="Results">
          {slot && renderChips?.(slot)}
          <div className="results-head">
          <p role="status" className="result-count">
            {outcome
              ? `${total} ${total === 1 ? 'paper' : 'papers'}${total > PAGE_SIZE ? ` · page ${page} of ${pageCount}` : ''}`
              : 'Loading papers…'}
          </p>
          {papers && outcome && total > 0 && (
            <div className="results-actions">
              <Link to={`/insights${search}`}>Chart these results</Link>
              {renderActions?.(() => outcome.hits.flatMap((h) => papers[h.id] ?? []), view)}
            </div>
          )}
          </div>
          {outcome && total === 0 && <NoResults view={view} onChange={setView} />}
          {papers && outcome && total > 0 && (
            <ResultList
              papers={papers}
              hits={pageHits}
              start={(page - 1) * PAGE_SIZE}
              terms={outcome.matchedTerms}
              from={search}
              searchRef={inputRef}
            />
          )}
          {pageCount > 1 && <Pagination page={page} pageCount={pageCount} onChange={(p) => setView({ page: p })} />}
        </section>
      </div>
    </main>
  );
}
