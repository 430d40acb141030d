/**
 * Details (abstract, links, evidence, claim sentences, related) of some papers, loaded by shard
 * on first need (details-store.ts).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { joinPaper } from '../lib/corpus-rows';
import type { Paper } from '../lib/types';
import type { LoadedCorpus } from './corpus-client';

/** The store's lookup, rendered again as shards arrive; `loading` while some of these are due. */
export function usePaperDetails(corpus: LoadedCorpus, ids: readonly number[]) {
  const store = corpus.details;
  useSyncExternalStore(store.subscribe, () => store.version);
  const key = ids.join(',');
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  useEffect(() => {
    store
      .load(key ? key.split(',').map(Number) : [])
      .catch((e: unknown) =>
        setError({ key, message: e instanceof Error ? e.message : String(e) }),
      );
  }, [store, key]);
  return {
    get: (id: number) => store.get(id),
    loading: ids.some((id) => !store.get(id)),
    error: error?.key === key ? error.message : null,
  };
}

/** The full papers with these ids, once all their details are in; null until then. */
export function usePapers(corpus: LoadedCorpus, ids: readonly number[]) {
  const { loading, error } = usePaperDetails(corpus, ids);
  // Joined again when the ids change (by value: callers pass fresh arrays) or their details arrive.
  const key = ids.join(',');
  const papers = useMemo(
    () => (loading ? null : joined(corpus, ids)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [corpus, loading, key],
  );
  return { papers, error };
}

/** Full papers for an action taken on click (export): loads their shards first. */
export async function loadPapers(corpus: LoadedCorpus, ids: Iterable<number>): Promise<Paper[]> {
  const list = [...ids];
  return joined(corpus, list, await corpus.details.load(list));
}

/** Full papers with these ids whose details `detailsOf` has (by default, the store's). */
function joined(
  corpus: LoadedCorpus,
  ids: readonly number[],
  detailsOf = (id: number) => corpus.details.get(id),
): Paper[] {
  const slugAt = (i: number) => corpus.papers[i]?.slug;
  return ids.flatMap((i) => {
    const meta = corpus.papers[i];
    const details = detailsOf(i);
    return meta && details ? [joinPaper(meta, details, slugAt)] : [];
  });
}
