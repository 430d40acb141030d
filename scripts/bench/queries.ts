/** The fixed query set of the benchmark: prefixes, typos, multi-word and syntax queries. */

export interface BenchQuery {
  q: string;
  kind: 'prefix' | 'typo' | 'multi' | 'name' | 'syntax';
}

export const QUERIES: readonly BenchQuery[] = [
  { q: 'atten', kind: 'prefix' },
  { q: 'spars', kind: 'prefix' },
  { q: 'transf', kind: 'prefix' },
  { q: 'mamb', kind: 'prefix' },
  { q: 'extrapol', kind: 'prefix' },
  { q: 'retriev', kind: 'prefix' },
  { q: 'compres', kind: 'prefix' },
  { q: 'longfromer', kind: 'typo' },
  { q: 'atention', kind: 'typo' },
  { q: 'transfomer', kind: 'typo' },
  { q: 'sparce attention', kind: 'typo' },
  { q: 'positonal encoding', kind: 'typo' },
  { q: 'recurent memory', kind: 'typo' },
  { q: 'kv cache compression', kind: 'multi' },
  { q: 'ring attention sequence parallel', kind: 'multi' },
  { q: 'state space model long context', kind: 'multi' },
  { q: 'linear attention', kind: 'multi' },
  { q: 'length extrapolation rotary position', kind: 'multi' },
  { q: 'long video generation', kind: 'multi' },
  { q: 'dna sequence modeling', kind: 'multi' },
  { q: 'needle in a haystack', kind: 'multi' },
  { q: 'memory efficient inference', kind: 'multi' },
  { q: 'hierarchical sparse attention', kind: 'multi' },
  { q: 'million token context window', kind: 'multi' },
  { q: 'longformer', kind: 'name' },
  { q: 'bigbird', kind: 'name' },
  { q: 'transformer-xl', kind: 'name' },
  { q: 'hyena', kind: 'name' },
  { q: '"sequence parallelism"', kind: 'syntax' },
  { q: 'attention -sparse', kind: 'syntax' },
];

/** Phrases typed key by key in the browser (and replayed prefix by prefix in Node). */
export const TYPING_PHRASES: readonly string[] = [
  'kv cache compression',
  'state space model long context',
];

/** Every prefix of a phrase, as the search box sees it while typing. */
export function prefixes(phrase: string): string[] {
  return Array.from({ length: phrase.length }, (_, i) => phrase.slice(0, i + 1));
}
