/**
 * The map (map.bin, src/lib/map/map-file.ts: positions, areas and their names), fetched the first
 * time a map is drawn and kept for the page's lifetime. It needs nothing else of the corpus, so
 * the map is drawn before meta.json is in.
 */
import { useEffect, useState } from 'react';
import { decodeMap, MapFileError } from '../../lib/map/map-file';
import type { MapFile } from '../../lib/map/map-file';
import { DATA_BASE, fetchMapFile } from './map-prefetch';

interface MapData extends MapFile {
  /** Bytes of map.bin. */
  bytes: number;
}

export type MapState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; map: MapData };

const loads = new Map<string, Promise<MapData>>();

function loadMap(base: string = DATA_BASE): Promise<MapData> {
  let load = loads.get(base);
  if (!load) {
    load = fetchMapFile(base).then((buffer) => ({
      ...decodeMap(buffer),
      bytes: buffer.byteLength,
    }));
    // A failed load is tried again next time (the network may be back).
    load.catch(() => loads.delete(base));
    loads.set(base, load);
  }
  return load;
}

const messageOf = (e: unknown) =>
  e instanceof MapFileError || e instanceof Error ? e.message : 'the map failed';

/**
 * The map under `base`; `papers`, once the corpus is known, is checked against the map's count
 * (a map.bin of another build would put every paper in the wrong place).
 */
export function useMapData(base: string = DATA_BASE, papers?: number): MapState {
  const [state, setState] = useState<{ base: string; state: MapState } | null>(null);
  useEffect(() => {
    let live = true;
    loadMap(base).then(
      (map) => live && setState({ base, state: { status: 'ready', map } }),
      (e: unknown) => live && setState({ base, state: { status: 'error', message: messageOf(e) } }),
    );
    return () => {
      live = false;
    };
  }, [base]);
  const current: MapState = state?.base === base ? state.state : { status: 'loading' };
  if (current.status === 'ready' && papers !== undefined && current.map.xy.length !== 2 * papers)
    return { status: 'error', message: 'The map file belongs to another build of the collection' };
  return current;
}
