/**
 * map.bin requested as soon as /map is opened, alongside the map's code, instead of after it.
 * Kept apart from map-data.ts so the route (in the first-load bundle) carries only this fetch.
 */
import { MAP_FILE } from '../../lib/map/map-file-name';

/** Where the corpus files are served (as corpus-client.ts loads them). */
export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

const requests = new Map<string, Promise<ArrayBuffer>>();

/** The bytes of map.bin under `base` ("/data/"), fetched once (again after a failure). */
export function fetchMapFile(base: string = DATA_BASE): Promise<ArrayBuffer> {
  const url = `${base}${MAP_FILE}`;
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`the map could not be loaded (HTTP ${res.status})`);
      return res.arrayBuffer();
    });
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}
