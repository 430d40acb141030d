import { lazy, Suspense } from 'react';
import { useCorpus } from '../../data/use-corpus';
import { LoadingPage, LoadErrorPage } from '../load-state';

// The map's code loads only when someone opens it.
const MapPage = lazy(() =>
  import('../../features/map/map-page').then((m) => ({ default: m.MapPage })),
);

export function MapRoute() {
  const state = useCorpus();
  if (state.status === 'loading') return <LoadingPage />;
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  return (
    <Suspense fallback={<LoadingPage />}>
      <MapPage corpus={state.corpus} />
    </Suspense>
  );
}
