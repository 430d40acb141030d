import { useEffect, useSyncExternalStore } from 'react';
import { getCorpusState, loadCorpus, subscribeCorpus, type CorpusState } from './corpus-client';

export function useCorpus(): CorpusState {
  useEffect(loadCorpus, []);
  return useSyncExternalStore(subscribeCorpus, getCorpusState);
}
