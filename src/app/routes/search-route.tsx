import { useMemo } from 'react';
import { useCorpus } from '../../corpus/corpus-client';
import { DEFAULT_LAYOUT, facetLayout } from '../../lib/topics/facet-layout';
import { SearchPage } from '../../features/search/search-page';
import { FacetPanel } from '../../features/facets/facet-panel';
import { FilterChips } from '../../features/facets/filter-chips';
import { ExportMenu } from '../../features/export/export-menu';
import { encodeView } from '../../lib/url/view-codec';
import { LoadErrorPage } from '../load-state';

export function SearchRoute() {
  const state = useCorpus();
  const papers = state.status === 'ready' ? state.corpus.papers : null;
  const layout = useMemo(() => (papers ? facetLayout(papers) : DEFAULT_LAYOUT), [papers]);
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  return (
    <SearchPage
      corpus={state.status === 'ready' ? state.corpus : null}
      lead={layout.collapsed.includes('technique') ? 'topic' : 'technique'}
      renderFacets={(p) => (
        <FacetPanel
          view={p.view}
          counts={p.counts}
          total={p.total}
          onChange={p.onChange}
          layout={layout}
        />
      )}
      renderChips={(p) => (
        <FilterChips
          view={p.view}
          unknown={p.unknown}
          onChange={p.onChange}
          onClearUnknown={p.onClearUnknown}
        />
      )}
      renderActions={(getPapers, view, n) => (
        // Every result of the filtered view, not only the page on screen.
        <ExportMenu
          getPapers={getPapers}
          filePrefix="papers"
          count={n}
          about={encodeView(view)}
          what={`the ${n} ${n === 1 ? 'paper' : 'papers'} in this view`}
          heading={view.q.trim() ? `Papers matching “${view.q.trim().slice(0, 80)}”` : 'Papers'}
        />
      )}
    />
  );
}
