import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getCorpusState, loadCorpus, subscribeCorpus } from '../../corpus/corpus-client';
import { LoadingPage } from '../load-state';
import { fetchMapFile } from '../../features/map/map-prefetch';

// The map's code loads only when someone opens it.
const loadMapPage = () =>
  import('../../features/map/map-page').then((m) => ({ default: m.MapPage }));
const MapPage = lazy(loadMapPage);

export function MapRoute() {
  // The map's code and map.bin are asked for at once: the first frame needs nothing else.
  void loadMapPage();
  void fetchMapFile();
  const corpus = useSyncExternalStore(subscribeCorpus, getCorpusState);
  // meta.json (titles, slugs, the view's papers) is loaded once the points are drawn: at 100k
  // papers it is seconds of parsing that would otherwise hold up the first frame.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn) loadCorpus();
  }, [drawn]);
  const onSettled = useCallback(() => setDrawn(true), []);
  return (
    <Suspense fallback={<LoadingPage />}>
      <MapPage corpus={corpus} onSettled={onSettled} />
    </Suspense>
  );
}
