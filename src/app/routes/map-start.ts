/**
 * The map page's code, loaded once. Imported first by main.tsx: opened at /map, the code and
 * map.bin are asked for before the rest of the app is even evaluated.
 */
import type { MapPage } from '../../features/map/map-page';
import { fetchMapFile } from '../../features/map/map-prefetch';

export interface MapPageModule {
  MapPage: typeof MapPage;
}

let pageModule: MapPageModule | undefined;

/** The page's code once loaded (undefined before). */
export const loadedMapPage = () => pageModule;

export const loadMapPage = (): Promise<MapPageModule> =>
  import('../../features/map/map-page').then((m) => (pageModule = m));

if (
  typeof window !== 'undefined' &&
  window.location.pathname === `${import.meta.env.BASE_URL}map`
) {
  void loadMapPage();
  void fetchMapFile();
}
