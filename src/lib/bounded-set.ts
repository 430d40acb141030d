/**
 * Puts `key` in a cache of at most `limit` entries, dropping the oldest quarter when full (not all
 * of them: a working set just over the limit would otherwise be recomputed whole).
 */
export function boundedSet<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): void {
  if (cache.size >= limit) {
    let drop = Math.max(1, Math.floor(limit / 4));
    for (const old of cache.keys()) {
      if (drop-- <= 0) break;
      cache.delete(old);
    }
  }
  cache.set(key, value);
}
