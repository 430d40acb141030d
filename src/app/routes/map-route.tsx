import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getCorpusState, loadCorpus, subscribeCorpus } from '../../corpus/corpus-client';
import { LoadingPage } from '../load-state';
import { fetchMapFile } from '../../features/map/map-prefetch';
import { loadedMapPage, loadMapPage } from './map-start';

export function MapRoute() {
  // The map's code and map.bin are asked for at once: the first frame needs nothing else. Not
  // React.lazy: a Suspense boundary holds its content back up to 300 ms after the code arrives.
  const [page, setPage] = useState(loadedMapPage);
  useEffect(() => {
    void fetchMapFile();
    if (!page) void loadMapPage().then(setPage);
  }, [page]);
  const corpus = useSyncExternalStore(subscribeCorpus, getCorpusState);
  // meta.json (titles, slugs, the view's papers) is loaded once the points are drawn: at 100k
  // papers it is seconds of parsing that would otherwise hold up the first frame.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn) loadCorpus();
  }, [drawn]);
  const onSettled = useCallback(() => setDrawn(true), []);
  if (!page) return <LoadingPage />;
  return <page.MapPage corpus={corpus} onSettled={onSettled} />;
}
