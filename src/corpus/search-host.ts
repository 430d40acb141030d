/**
 * Answers queries, in the page or in the search worker (search-client.ts). A view without text is
 * answered at once; the index arrives in steps: 'titles' (titles, names, authors searchable), then
 * 'full'. Exact phrases are checked on the texts of the shards at hand; a query that lacked some
 * loads them and is `pending`, and textsVersion changes when they arrive.
 */
import type { DetailsStore } from './details-store';
import { shardSpan } from '../lib/corpus-format';
import { streamIndex, type StreamCallbacks } from './index-stream';
import { TEXTS_SETTLE_MS } from './timing';
import { indexFromData, searchCompact, type SearchIndex } from '../lib/search/engine';
import type { IndexData } from '../lib/search/index-data';
import { phraseKeysOf } from '../lib/search/phrase-filter';
import { isEmptyQuery, parseQuery } from '../lib/search/query';
import { searchOrder, searchPage, type SearchPage } from '../lib/search/pipeline';
import { buildTables, everyPaper } from '../lib/search/search-tables';
import type { SearchTables, TableColumns } from '../lib/search/search-tables';
import type { ViewState } from '../lib/url/view-state';

export interface HostStatus {
  phase: 'starting' | 'titles' | 'full' | 'error';
  /** Share of the index file received (1 once built). */
  progress: number;
  message?: string;
  /** Changes when shards arrive that exact-phrase checks may need. */
  textsVersion: number;
}

/** Who answered: the search worker, the page (its host or the list columns), or tests. */
type Backend = 'worker' | 'page' | 'in-process';

export interface HostPage extends SearchPage {
  backend: Backend;
  /** Some exact-phrase checks lacked texts; they are loading (see HostStatus.textsVersion). */
  pending: boolean;
}

export class SearchHost {
  private current: SearchIndex | undefined;
  private readonly tables: SearchTables;
  private ready: Promise<void> | undefined;
  /** Papers whose texts the query being answered lacked. */
  private missing = new Set<number>();
  /** Papers whose phrase keys are taken when their shard arrives (asked by any query). */
  private readonly wanted = new Set<number>();
  private readonly keyCache = new Map<number, string[]>();
  private statusNow: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };

  constructor(
    private readonly columns: TableColumns,
    private readonly names: readonly (string | undefined)[],
    private readonly details: DetailsStore,
    private readonly onStatus: (s: HostStatus) => void,
    private readonly backend: Backend,
    /** Where the index comes from: index.bin streamed, or (tests) built in memory. */
    private readonly source = (cb: StreamCallbacks): Promise<IndexData> =>
      streamIndex(`${details.meta.base}${details.meta.file.index.file}`, cb),
  ) {
    // One set of tables: until an index is ready only views without text are asked of them.
    const list = everyPaper(columns.titles.length);
    this.tables = buildTables(columns, (parsed) =>
      this.current ? searchCompact(this.current, parsed) : list(parsed),
    );
    let announce: ReturnType<typeof setTimeout> | undefined;
    details.subscribe((shard) => {
      // Keys of the papers queries lacked, while their shard is at hand: a bounded store may drop
      // it again before the query is asked anew.
      const { from, count } = shardSpan(details.meta.file, shard);
      for (let id = from; id < from + count && this.wanted.size > 0; id += 1)
        if (this.wanted.delete(id)) this.phraseKeys(id);
      announce ??= setTimeout(() => {
        announce = undefined;
        this.setStatus({ textsVersion: this.statusNow.textsVersion + 1 });
      }, TEXTS_SETTLE_MS);
    });
  }

  private setStatus(patch: Partial<HostStatus>): void {
    this.statusNow = { ...this.statusNow, ...patch };
    this.onStatus(this.statusNow);
  }

  /** Phrase keys from the texts at hand; a paper whose abstract is not loaded yet is noted. */
  private readonly phraseKeys = (id: number): string[] => {
    const known = this.keyCache.get(id);
    if (known) return known;
    const details = this.details.get(id);
    const keys = phraseKeysOf({
      title: this.columns.titles[id] ?? '',
      name: this.names[id],
      abstract: details?.abstract ?? '',
      authors: details?.authors,
    });
    // Kept for every paper: the bounded store may drop the texts before the query is asked again.
    if (details) this.keyCache.set(id, keys);
    else {
      this.missing.add(id);
      this.wanted.add(id);
    }
    return keys;
  };

  private useIndex(data: IndexData, full: boolean): void {
    // The body of index.bin completes its head (same vocabulary).
    if (this.current?.data.terms === data.terms) this.current.data = data;
    else this.current = indexFromData(data, this.phraseKeys);
    this.setStatus({
      phase: full ? 'full' : 'titles',
      progress: full ? 1 : this.statusNow.progress,
    });
  }

  /** Starts loading the index (once); resolves when titles are searchable or loading failed. */
  prepare(): Promise<void> {
    return (this.ready ??= new Promise<void>((ready) => {
      this.source({
        onProgress: (got, total) => {
          // Whole percents only: each status crosses to the page.
          const progress = Math.floor((got / total) * 100) / 100;
          if (progress !== this.statusNow.progress) this.setStatus({ progress });
        },
        onHead: (head) => (this.useIndex(head, false), ready()),
      })
        .then(
          (data) => this.useIndex(data, true),
          (e: unknown) =>
            this.setStatus({ phase: 'error', message: e instanceof Error ? e.message : String(e) }),
        )
        .finally(ready);
    }));
  }

  /**
   * `fn` on the tables once the view can be answered (at once without text, else once an index is
   * in), loading the texts that exact phrases lacked (`texts`: they are pending).
   */
  private async answer<T>(view: ViewState, fn: (t: SearchTables) => T) {
    if (!isEmptyQuery(parseQuery(view.q))) {
      await this.prepare();
      if (!this.current) throw new Error(this.statusNow.message);
    }
    this.missing = new Set();
    const value = fn(this.tables);
    const texts = this.missing.size > 0 ? this.details.fetch(this.missing) : undefined;
    // A failed load leaves the answer pending; the query asked again asks for the texts again.
    texts?.catch(() => {});
    return { value, texts };
  }

  /** The window [offset, offset + limit) of the results. */
  async search(view: ViewState, offset: number, limit: number): Promise<HostPage> {
    const { value, texts } = await this.answer(view, (t) => searchPage(t, view, offset, limit));
    return { ...value, pending: texts !== undefined, backend: this.backend };
  }

  /**
   * Every result in order (paper ids). `complete` (export) waits for the texts an exact phrase
   * lacks: otherwise the order is of the texts at hand, and grows as they arrive (textsVersion).
   */
  async order(view: ViewState, complete = false): Promise<Uint32Array> {
    const { value, texts } = await this.answer(view, (t) => searchOrder(t, view));
    if (!complete || !texts) return value;
    // Their keys are taken as the shards arrive: asked again, the answer is exact.
    await texts;
    return (await this.answer(view, (t) => searchOrder(t, view))).value;
  }
}
