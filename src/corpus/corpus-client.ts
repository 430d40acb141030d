/**
 * Loads the collection once per page: meta.json (enough for the list, facets, sorting and
 * insights), with details on demand (details-store.ts) and search (search-client.ts).
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { PaperMeta } from '../lib/corpus-format';
import type { MetaCorpus } from '../lib/corpus-rows';
import { fetchMeta } from './corpus-files';
import { DetailsStore } from './details-store';
import { siteSearchClient, type SearchClient } from './search-client';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; corpus: LoadedCorpus };

export interface LoadedCorpus {
  papers: PaperMeta[];
  bySlug: Map<string, PaperMeta>;
  meta: MetaCorpus;
  details: DetailsStore;
  search: SearchClient;
}

let state: CorpusState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

/** Shards kept in the page (about 20,000 papers' details); a result page needs at most 25. */
const MAX_SHARDS = 80;

/** The corpus over a meta.json, its details store and search (memory-corpus.ts builds one too). */
export function loadedCorpus(
  meta: MetaCorpus,
  details: DetailsStore,
  search: SearchClient = siteSearchClient(meta, details),
): LoadedCorpus {
  return { papers: meta.papers, bySlug: meta.bySlug, meta, details, search };
}

/** Loads the corpus once per page; every route shares it. */
export function loadCorpus(): void {
  if (started) return;
  started = true;
  const set = (next: CorpusState) => {
    state = next;
    listeners.forEach((l) => l());
  };
  fetchMeta(`${import.meta.env.BASE_URL}data/`).then(
    (meta) =>
      set({ status: 'ready', corpus: loadedCorpus(meta, new DetailsStore(meta, MAX_SHARDS)) }),
    (e: unknown) => set({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
}

export function subscribeCorpus(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
export const getCorpusState = (): CorpusState => state;

/** The corpus for a route, loading it on first use. */
export function useCorpus(): CorpusState {
  useEffect(loadCorpus, []);
  return useSyncExternalStore(subscribeCorpus, getCorpusState);
}
