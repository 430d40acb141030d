import { lazy, Suspense } from 'react';
import { useCorpus } from '../../corpus/use-corpus';
import { LoadingPage, LoadErrorPage } from '../load-state';
import { fetchMapFile } from '../../corpus/map-prefetch';

// The map's code loads only when someone opens it.
const loadMapPage = () =>
  import('../../features/map/map-page').then((m) => ({ default: m.MapPage }));
const MapPage = lazy(loadMapPage);

export function MapRoute() {
  // The map's code and positions are asked for with the corpus, not after it.
  void loadMapPage();
  void fetchMapFile(`${import.meta.env.BASE_URL}data/`);
  const state = useCorpus();
  if (state.status === 'loading') return <LoadingPage />;
  if (state.status === 'error') return <LoadErrorPage message={state.message} />;
  return (
    <Suspense fallback={<LoadingPage />}>
      <MapPage corpus={state.corpus} />
    </Suspense>
  );
}
