/**
 * The map's positions (map.bin, src/lib/map/map-file.ts), fetched the first time a map is drawn
 * and kept for the page's lifetime, with the areas computed from them once per corpus.
 */
import { useEffect, useState } from 'react';
import type { LoadedCorpus } from './corpus-client';
import { decodeMap, MapFileError } from '../lib/map/map-file';
import { fetchMapFile } from './map-prefetch';
import type { Positions } from '../lib/map/map-file';
import { mapAreas } from '../lib/map/areas';
import type { MapAreas } from '../lib/map/areas';

export interface MapData {
  xy: Positions;
  areas: MapAreas;
  /** Bytes of map.bin. */
  bytes: number;
}

export type MapState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; map: MapData };

const loads = new WeakMap<LoadedCorpus, Promise<MapData>>();

export function loadMap(corpus: LoadedCorpus): Promise<MapData> {
  let load = loads.get(corpus);
  if (!load) {
    load = (async () => {
      const buffer = await fetchMapFile(corpus.meta.base);
      const xy = decodeMap(buffer, corpus.papers.length);
      return { xy, areas: mapAreas(corpus.papers, xy), bytes: buffer.byteLength };
    })();
    // A failed load is tried again next time (the network may be back).
    load.catch(() => loads.delete(corpus));
    loads.set(corpus, load);
  }
  return load;
}

export function useMapData(corpus: LoadedCorpus, enabled = true): MapState {
  const [state, setState] = useState<{ corpus: LoadedCorpus; state: MapState } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadMap(corpus).then(
      (map) => live && setState({ corpus, state: { status: 'ready', map } }),
      (e: unknown) =>
        live &&
        setState({
          corpus,
          state: {
            status: 'error',
            message: e instanceof MapFileError || e instanceof Error ? e.message : 'the map failed',
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [corpus, enabled]);
  return state?.corpus === corpus ? state.state : { status: 'loading' };
}
