import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getCorpusState, loadCorpus, subscribeCorpus } from '../../corpus/corpus-client';
import { LoadingPage } from '../load-state';
import { fetchMapFile } from '../../features/map/map-prefetch';

import type { MapPage as MapPageType } from '../../features/map/map-page';

type PageModule = { MapPage: typeof MapPageType };
let pageModule: PageModule | undefined;
// The map's code loads only when someone opens it. Not React.lazy: a Suspense boundary holds
// its content back for up to 300 ms after the code arrives, and the map's first frame with it.
const loadMapPage = (): Promise<PageModule> =>
  import('../../features/map/map-page').then((m) => (pageModule = m));

// Opened at /map: the code and the file are asked for while the app itself starts, not once the
// router has rendered this route (a few hundred milliseconds later on a slow machine).
if (
  typeof window !== 'undefined' &&
  window.location.pathname === `${import.meta.env.BASE_URL}map`
) {
  void loadMapPage();
  void fetchMapFile();
}

export function MapRoute() {
  // The map's code and map.bin are asked for at once: the first frame needs nothing else.
  const [page, setPage] = useState(pageModule);
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
