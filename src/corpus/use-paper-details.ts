/**
 * Details (abstract, links, evidence, claim sentences, related) of some papers, loaded by shard
 * on first need and cached for the page's lifetime.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { PaperDetails } from '../lib/corpus-format';
import { joinPaper } from '../lib/corpus-rows';
import type { Paper } from '../lib/types';
import type { LoadedCorpus } from './corpus-client';

export interface DetailsState {
  get: (index: number) => PaperDetails | undefined;
  /** Some of the papers' shards are still on their way. */
  loading: boolean;
  error: string | null;
}

export interface DetailsOptions {
  /**
   * After the first set, wait until the wanted papers stay the same this long before fetching:
   * each keystroke's results would otherwise fetch and parse the shards of 25 papers the reader
   * never sees, and the first key of a query would pay for them while the next key waits.
   */
  settleMs?: number;
  /**
   * What the reader is doing (the typed text): while it keeps changing, the wait starts over
   * even when the papers stay the same, so no shard is parsed between two keys.
   */
  activity?: string;
}

export function usePaperDetails(
  corpus: LoadedCorpus,
  indexes: readonly number[],
  { settleMs = 0, activity = '' }: DetailsOptions = {},
): DetailsState {
  const store = corpus.details;
  const subscribe = useCallback((l: () => void) => store.subscribe(l), [store]);
  useSyncExternalStore(subscribe, () => store.version);
  const key = indexes.join(',');
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const first = useRef(true);
  useEffect(() => {
    const wanted = key ? key.split(',').map(Number) : [];
    const load = () =>
      store
        .load(wanted)
        .catch((e: unknown) =>
          setError({ key, message: e instanceof Error ? e.message : String(e) }),
        );
    const wait = first.current || wanted.every((i) => store.has(i)) ? 0 : settleMs;
    first.current = false;
    if (!wait) {
      void load();
      return undefined;
    }
    const timer = setTimeout(() => void load(), wait);
    return () => clearTimeout(timer);
    // activity: restarts the wait (see DetailsOptions).
  }, [store, key, settleMs, activity]);
  return {
    get: (i) => store.get(i),
    loading: indexes.some((i) => !store.has(i)),
    error: error?.key === key ? error.message : null,
  };
}

/** The full papers at these positions, once all their details are in; null until then. */
export function usePapers(
  corpus: LoadedCorpus,
  indexes: readonly number[],
): { papers: Paper[] | null; error: string | null } {
  const { loading, error } = usePaperDetails(corpus, indexes);
  const papers = useMemo(() => {
    if (loading) return null;
    return joined(corpus, indexes);
    // The store's version is what changes when details arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [corpus, loading, indexes.join(','), corpus.details.version]);
  return { papers, error };
}

/** Full papers for an action taken on click (export): loads their shards first. */
export async function loadPapers(
  corpus: LoadedCorpus,
  indexes: Iterable<number>,
): Promise<Paper[]> {
  const list = [...indexes];
  const details = await corpus.details.detailsOf(list);
  const slugAt = (i: number) => corpus.papers[i]?.slug;
  return list.flatMap((i, k) => {
    const meta = corpus.papers[i];
    const d = details[k];
    return meta && d ? [joinPaper(meta, d, slugAt)] : [];
  });
}

/** Full papers at these positions whose details are loaded. */
function joined(corpus: LoadedCorpus, indexes: readonly number[]): Paper[] {
  const slugAt = (i: number) => corpus.papers[i]?.slug;
  return indexes.flatMap((i) => {
    const meta = corpus.papers[i];
    const details = corpus.details.get(i);
    return meta && details ? [joinPaper(meta, details, slugAt)] : [];
  });
}
