import { useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Paper } from '../../lib/types';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { loadPapers } from '../../corpus/use-paper-details';
import { useSearchResults } from '../../corpus/use-search-results';
import { useDocumentTitle } from '../../hooks/use-document-title';
import type { FacetCounts } from '../../lib/facets/counts';
import type { ViewState } from '../../lib/url/view-state';
import { useViewState } from './use-view-state';
import { SearchBox } from './search-box';
import { SortSelect } from './sort-select';
import { ResultList } from './result-list';
import { Pagination } from './pagination';
import { NoResults } from './no-results';
import { useSearchText } from './use-search-text';
import { IndexProgress } from './index-progress';
import { QueryNote } from './query-note';

const PAGE_SIZE = 25;

interface FacetSlotProps {
  view: ViewState;
  counts: FacetCounts;
  /** Papers in the results. */
  total: number;
  unknown: ReturnType<typeof useViewState>['unknown'];
  onChange: (patch: Partial<ViewState>, replace?: boolean) => void;
  onClearUnknown: () => void;
}

interface Props {
  /** Null while the collection loads. */
  corpus: LoadedCorpus | null;
  /** Facet panel and filter chips come from the facets feature, composed by the route. */
  renderFacets: (props: FacetSlotProps) => ReactNode;
  renderChips: (props: FacetSlotProps) => ReactNode;
  /** Actions on the whole current result set (export, …), composed by the route. */
  renderActions: (getPapers: () => Promise<Paper[]>, view: ViewState, total: number) => ReactNode;
  /** The tag group result cards show beside modalities: the one the facet panel leads with. */
  lead: 'technique' | 'topic';
}

export function SearchPage({ corpus, renderFacets, renderChips, renderActions, lead }: Props) {
  const { view: urlView, unknown, search, setView, clearUnknown } = useViewState();
  const box = useSearchText(urlView, setView);
  const { view, commit: change } = box;
  const hasQuery = view.q.trim() !== '';
  const resultsRef = useRef<HTMLElement>(null);
  // The title follows the URL, not each key.
  useDocumentTitle(urlView.q ? `“${urlView.q.slice(0, 60)}”` : undefined);
  const { results, current, status } = useSearchResults(corpus, view, PAGE_SIZE);
  // A query no index can answer: the last results shown would pass for its own.
  const failed = status.phase === 'error' && hasQuery;
  const outcome = failed ? null : results;

  const total = outcome?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = outcome ? Math.floor(outcome.offset / PAGE_SIZE) + 1 : 1;
  const slot: FacetSlotProps | null = outcome
    ? {
        view,
        counts: outcome.counts,
        total,
        unknown,
        onChange: change,
        onClearUnknown: clearUnknown,
      }
    : null;
  // Every result of the view, not only this page, and every paper an exact phrase will match:
  // asked for when an action runs.
  const allPapers = async () =>
    corpus ? loadPapers(corpus, await corpus.search.order(view, true)) : [];
  return (
    <main id="main" className="page search-page">
      <h1 className="visually-hidden">Search papers</h1>
      <div className="search-bar">
        <SearchBox
          value={box.text}
          onFocus={() => corpus?.search.prepare()}
          onBlur={box.flush}
          onType={box.type}
          onCommit={(q) => change({ q })}
        />
        <SortSelect
          value={view.sort}
          hasQuery={hasQuery}
          onChange={(sort, replace) => change({ sort }, replace)}
        />
      </div>
      <div className="search-layout">
        {slot && renderFacets(slot)}
        <section
          ref={resultsRef}
          className="results"
          aria-label="Results"
          aria-busy={!current && !failed}
          data-backend={outcome?.backend}
        >
          {slot && renderChips(slot)}
          <div className="results-head">
            <p role="status" className="result-count">
              {failed
                ? 'Search is unavailable'
                : outcome
                  ? `${total} ${total === 1 ? 'paper' : 'papers'}${total > PAGE_SIZE ? ` · page ${page} of ${pageCount}` : ''}`
                  : corpus
                    ? 'Searching…'
                    : 'Loading…'}
            </p>
            {corpus && total > 0 && (
              <div className="results-actions">
                <Link to={`/insights${search}`}>Chart these results</Link>
                <Link to={`/map${search}`}>Map these results</Link>
                {renderActions(allPapers, view, total)}
              </div>
            )}
          </div>
          <IndexProgress status={status} hasQuery={hasQuery} onClear={() => change({ q: '' })} />
          {outcome?.pending && (
            <p className="index-progress muted">
              Checking the exact phrase in abstracts as they load: more papers may match.
            </p>
          )}
          {outcome?.notes && hasQuery && (
            <QueryNote notes={outcome.notes} relaxed={outcome.relaxed} view={view} />
          )}
          {outcome && total === 0 && <NoResults view={view} onChange={change} />}
          {corpus && outcome && total > 0 && (
            <ResultList
              corpus={corpus}
              ids={outcome.ids}
              start={outcome.offset}
              terms={outcome.matchedTerms}
              from={search}
              lead={lead}
            />
          )}
          {pageCount > 1 && (
            <Pagination
              page={page}
              pageCount={pageCount}
              onChange={(p) => {
                change({ page: p });
                // Another page of results: show its top, if the reader had scrolled past it.
                const top = resultsRef.current?.getBoundingClientRect().top ?? 0;
                if (top < 0) resultsRef.current?.scrollIntoView({ block: 'start' });
              }}
            />
          )}
        </section>
      </div>
    </main>
  );
}
