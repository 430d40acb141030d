/** The view of `/` that the URL carries; view-codec.ts writes and reads it. */
export type SortKey = 'relevance' | 'dump' | 'title' | 'context' | 'speedup' | 'posted';

/** The whole view of `/`, as carried by the URL (see contract.md). */
export interface ViewState {
  q: string;
  technique: string[];
  modality: string[];
  contribution: string[];
  /** Discovered topic ids (src/lib/topics/). */
  topic: string[];
  /** Explicit sort, or undefined for the default (relevance with a query, dump order without). */
  sort?: SortKey;
  /** 1-based. */
  page: number;
  /** Minimum claimed context length in tokens; undefined = no filter. */
  minContext?: number;
  /**
   * Only papers dated this year or later (first posted on arXiv, else the year the listing
   * states); undefined = no filter.
   */
  since?: number;
  /** Only papers dated this year or earlier, dated as for `since`; undefined = no filter. */
  until?: number;
  /** Only these papers (ids, sorted), e.g. a region of the map; undefined = all. */
  papers?: number[];
}

/** The years a view keeps, as a reader says them: "2021–2023", "2023 or later", "2023". */
export function yearSpan({ since, until }: Pick<ViewState, 'since' | 'until'>): string | undefined {
  if (since === undefined) return until === undefined ? undefined : `${until} or earlier`;
  if (until === undefined) return `${since} or later`;
  return since === until ? String(since) : `${since}–${until}`;
}

/** A view of `/` with this text and no filters, on page 1 unless `extra` says otherwise. */
export function viewOf(q = '', extra: Partial<ViewState> = {}): ViewState {
  return { q, technique: [], modality: [], contribution: [], topic: [], page: 1, ...extra };
}
