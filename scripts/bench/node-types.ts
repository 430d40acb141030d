import type { Summary } from './stats';

export interface QueryTiming {
  latency: Summary;
  perQuery: { q: string; hits: number; p50: number }[];
}

export interface NodeQueryMetrics {
  papers: number;
  /** JSON.parse of the corpus file. */
  parseMs: number;
  heapCorpus: number;
  engine?: QueryTiming & { indexMs: number; indexCpuMs: number; heapIndex: number };
  engineError?: string;
  /** The prebuilt index.bin decoded with loadIndex, as the browser does. */
  loaded?: QueryTiming & { bytes: number; loadMs: number; heapIndex: number };
  loadedError?: string;
  /** runSearch from search-service.ts: search + facet counts + full sort; typing: runSearchPage. */
  pipeline?: QueryTiming & { prepareMs: number; prepareCpuMs: number; typing: Summary };
  pipelineError?: string;
  naive?: QueryTiming & { prepMs: number };
}
