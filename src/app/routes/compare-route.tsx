import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { useCorpus } from '../../corpus/corpus-client';
import { parseIdsParam } from '../../lib/url/ids-param';
import { LoadingPage, LoadErrorPage } from '../load-state';

// Loaded with the route: the search page's first load does not carry it.
const ComparePage = lazy(() =>
  import('../../features/compare/compare-page').then((m) => ({ default: m.ComparePage })),
);

export function CompareRoute() {
  const [params] = useSearchParams();
  const state = useCorpus();
  if (state.status === 'loading') return <LoadingPage />;
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  return (
    <Suspense fallback={<LoadingPage />}>
      <ComparePage corpus={state.corpus} parsed={parseIdsParam(params.get('ids'))} />
    </Suspense>
  );
}
