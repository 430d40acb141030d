import type { Corpus, Paper } from '../lib/types';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; corpus: LoadedCorpus };

export interface LoadedCorpus {
  papers: Paper[];
  bySlug: Map<string, Paper>;
}

let state: CorpusState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function setState(next: CorpusState): void {
  state = next;
  listeners.forEach((l) => l());
}

function isCorpus(x: unknown): x is Corpus {
  return typeof x === 'object' && x !== null && Array.isArray((x as Corpus).papers);
}

/** Loads the corpus once per page; every route shares it. */
export function loadCorpus(): void {
  if (started) return;
  started = true;
  const url = `${import.meta.env.BASE_URL}data/corpus.json`;
  fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`the corpus could not be loaded (HTTP ${res.status})`);
      return res.json() as Promise<unknown>;
    })
    .then((json) => {
      if (!isCorpus(json)) throw new Error('the corpus file is not in the expected format');
      const bySlug = new Map(json.papers.map((p) => [p.slug, p]));
      setState({ status: 'ready', corpus: { papers: json.papers, bySlug } });
    })
    .catch((e: unknown) => {
      setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    });
}

export function subscribeCorpus(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
export function getCorpusState(): CorpusState {
  return state;
}
