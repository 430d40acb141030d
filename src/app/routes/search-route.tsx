import { useCorpus } from '../../data/use-corpus';
import { SearchPage } from '../../features/search/search-page';
import { FacetPanel } from '../../features/facets/facet-panel';
import { FilterChips } from '../../features/facets/filter-chips';
import { LoadErrorPage } from '../load-state';

export function SearchRoute() {
  const state = useCorpus();
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  return (
    <SearchPage
      papers={state.status === 'ready' ? state.corpus.papers : null}
      renderFacets={(p) => <FacetPanel view={p.view} counts={p.counts} onChange={p.onChange} />}
      renderChips={(p) => (
        <FilterChips view={p.view} unknown={p.unknown} onChange={p.onChange} onClearUnknown={p.onClearUnknown} />
      )}
    />
  );
}
