/**
 * The map file's name, apart from its format (map-file.ts): the route that prefetches it is in
 * the first-load bundle, and would otherwise carry the decoder too.
 */
export const MAP_FILE = 'map.bin';
