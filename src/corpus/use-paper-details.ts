/**
 * Details (abstract, links, evidence, claim sentences, related) of some papers, loaded by shard
 * on first need and cached for the page's lifetime.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PaperDetails } from '../lib/corpus-format';
import { joinPaper } from '../lib/corpus-rows';
import type { Paper } from '../lib/types';
import type { LoadedCorpus } from './corpus-client';

export interface DetailsState {
  get: (id: number) => PaperDetails | undefined;
  /** Some of the papers' shards are still on their way. */
  loading: boolean;
  error: string | null;
}

export function usePaperDetails(corpus: LoadedCorpus, ids: readonly number[]): DetailsState {
  const store = corpus.details;
  const subscribe = useCallback((l: () => void) => store.subscribe(l), [store]);
  useSyncExternalStore(subscribe, () => store.version);
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
    get: (id) => store.get(id),
    loading: ids.some((id) => !store.has(id)),
    error: error?.key === key ? error.message : null,
  };
}

/** The full papers with these ids, once all their details are in; null until then. */
export function usePapers(
  corpus: LoadedCorpus,
  ids: readonly number[],
): { papers: Paper[] | null; error: string | null } {
  const { loading, error } = usePaperDetails(corpus, ids);
  // The ids by value (callers pass fresh arrays), and the store's version, which is what changes
  // when details arrive.
  const key = ids.join(',');
  const version = corpus.details.version;
  const papers = useMemo(() => {
    if (loading) return null;
    return joined(corpus, ids);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [corpus, loading, key, version]);
  return { papers, error };
}

/** Full papers for an action taken on click (export): loads their shards first. */
export async function loadPapers(corpus: LoadedCorpus, ids: Iterable<number>): Promise<Paper[]> {
  const list = [...ids];
  const details = await corpus.details.detailsOf(list);
  const slugAt = (i: number) => corpus.papers[i]?.slug;
  return list.flatMap((i, k) => {
    const meta = corpus.papers[i];
    const d = details[k];
    return meta && d ? [joinPaper(meta, d, slugAt)] : [];
  });
}

/** Full papers with these ids whose details are loaded. */
function joined(corpus: LoadedCorpus, ids: readonly number[]): Paper[] {
  const slugAt = (i: number) => corpus.papers[i]?.slug;
  return ids.flatMap((i) => {
    const meta = corpus.papers[i];
    const details = corpus.details.get(i);
    return meta && details ? [joinPaper(meta, details, slugAt)] : [];
  });
}
