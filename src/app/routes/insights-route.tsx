import { lazy, Suspense } from 'react';
import { useCorpus } from '../../corpus/corpus-client';
import { LoadingPage, LoadErrorPage } from '../load-state';

// Charts (and d3-scale) load only when someone opens Insights.
const InsightsPage = lazy(() =>
  import('../../features/insights/insights-page').then((m) => ({ default: m.InsightsPage })),
);

export function InsightsRoute() {
  const state = useCorpus();
  if (state.status === 'loading') return <LoadingPage />;
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  return (
    <Suspense fallback={<LoadingPage />}>
      <InsightsPage corpus={state.corpus} />
    </Suspense>
  );
}
