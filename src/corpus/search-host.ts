/**
 * Holds the search tables and answers queries, in the search worker (large corpora) or in the
 * page (small ones; see search-client.ts). The index arrives in steps, and the status says which:
 * 'titles' (titles and names searchable), then 'full'. Exact phrases are checked on the texts of
 * the shards already loaded; a query that needed others starts loading them and is marked
 * `pending`, and the status's textsVersion changes when they arrive so the page can ask again.
 */
import type { MetaCorpus } from './corpus-files';
import type { DetailsStore } from './details-store';
import { streamIndex } from './index-stream';
import { indexFromData, searchCompact } from '../lib/search/engine';
import type { SearchIndex } from '../lib/search/engine';
import { IndexBuilder } from '../lib/search/index-build';
import type { IndexData } from '../lib/search/index-data';
import { phraseKeysOf } from '../lib/search/phrase-filter';
import { searchOrder, searchPage } from '../lib/search/pipeline';
import type { SearchPage } from '../lib/search/pipeline';
import { buildTables } from '../lib/search/search-tables';
import type { SearchTables, TableColumns } from '../lib/search/search-tables';
import type { ViewState } from '../lib/url/view-state';
import { viewOf } from '../lib/url/view-state';

export interface HostStatus {
  phase: 'starting' | 'titles' | 'full' | 'error';
  /** Share of the index file received (1 once built). */
  progress: number;
  message?: string;
  /** Changes when shards arrive that exact-phrase checks may need. */
  textsVersion: number;
}

export interface HostPage extends SearchPage {
  /** Only titles and names were searched: the full-text index is still loading. */
  partial: boolean;
  /** Some exact-phrase checks lacked texts; they are loading (see HostStatus.textsVersion). */
  pending: boolean;
}

export type HostMeta = Pick<MetaCorpus, 'base' | 'file'>;

/** Longest stretch of index building without yielding to the page. */
const SLICE_MS = 8;
/** Shortest time between two announcements of arrived texts (HostStatus.textsVersion). */
const TEXTS_SETTLE_MS = 250;

export class SearchHost {
  private tables: SearchTables | undefined;
  private current: SearchIndex | undefined;
  private partial = true;
  private missing = new Set<number>();
  private readonly keyCache = new Map<number, string[]>();
  private statusNow: HostStatus = { phase: 'starting', progress: 0, textsVersion: 0 };

  constructor(
    private readonly columns: TableColumns,
    private readonly names: readonly (string | undefined)[],
    private readonly details: DetailsStore,
    private readonly onStatus: (s: HostStatus) => void = () => {},
  ) {
    // Keys are cached only once a paper's texts are all at hand (phraseKeys), and those never
    // change: arriving shards add keys, they do not invalidate any. The page asks again on each
    // textsVersion, so shards arriving together (thousands, for a phrase at 100k papers) make one
    // new version per TEXTS_SETTLE_MS, not one each: every ask re-runs the whole query.
    let announce: ReturnType<typeof setTimeout> | undefined;
    details.subscribe((shard) => {
      // Keys of the papers the last query lacked, while their shard is at hand: a bounded store
      // may drop it again before the query is asked anew.
      const { from, count } = details.spanOf(shard);
      for (let id = from; id < from + count && this.missing.size > 0; id += 1)
        if (this.missing.delete(id)) this.phraseKeys(id);
      announce ??= setTimeout(() => {
        announce = undefined;
        this.setStatus({ textsVersion: this.statusNow.textsVersion + 1 });
      }, TEXTS_SETTLE_MS);
    });
  }

  status(): HostStatus {
    return this.statusNow;
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
    if (!details) this.missing.add(id);
    const keys = phraseKeysOf({
      title: this.columns.titles[id] ?? '',
      name: this.names[id],
      abstract: details?.abstract ?? '',
    });
    // Kept for every paper (one entry each at most): the store may have dropped a paper's texts
    // by the time a query is asked again, and a key dropped here would then be fetched again,
    // round after round.
    if (details) this.keyCache.set(id, keys);
    return keys;
  };

  private useIndex(data: IndexData, full: boolean): void {
    // The body of index.bin completes its head (same vocabulary); a rebuilt index replaces it.
    if (this.current?.data.terms === data.terms) this.current.data = data;
    else this.current = indexFromData(data, this.phraseKeys);
    this.tables ??= buildTables(this.columns, (parsed) => searchCompact(this.current!, parsed));
    this.partial = !full;
    this.setStatus({
      phase: full ? 'full' : 'titles',
      progress: full ? 1 : this.statusNow.progress,
    });
    if (full) setTimeout(() => this.warmUp(), 0);
  }

  /**
   * One prefix and one fuzzy query while nobody waits: builds the per-field length norms, and lets
   * the engine's code get compiled before the first real keystroke.
   */
  private warmUp(): void {
    const t = this.tables;
    if (!t) return;
    for (const q of ['mod', 'atention ']) searchPage(t, viewOf(q), 0, 25);
  }

  /** Large corpora: the prebuilt index, streamed. */
  async startFromFile(url: string): Promise<void> {
    try {
      const data = await streamIndex(url, {
        onProgress: (got, total) => {
          // Report whole percents only: each status crosses to the page.
          const progress = Math.floor((got / total) * 100) / 100;
          if (progress !== this.statusNow.progress) this.setStatus({ progress });
        },
        onHead: (head) => this.useIndex(head, false),
      });
      this.useIndex(data, true);
    } catch (e) {
      this.setStatus({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  /**
   * Small corpora: the full index, built from the details shards. No titles-only step: the texts
   * arrive within moments, and results that reorder under the reader's cursor cost more. The build
   * yields every few milliseconds, so a click or key that comes meanwhile is not kept waiting.
   */
  async startFromTexts(): Promise<void> {
    const n = this.columns.titles.length;
    try {
      await this.details.load(Array.from({ length: n }, (_, i) => i));
      const builder = new IndexBuilder();
      for (let i = 0; i < n;) {
        const until = performance.now() + SLICE_MS;
        for (; i < n && performance.now() < until; i += 1) {
          builder.add({
            title: this.columns.titles[i] ?? '',
            name: this.names[i],
            abstract: this.details.get(i)?.abstract ?? '',
          });
        }
        if (i < n) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      this.useIndex(builder.finish(), true);
    } catch (e) {
      this.setStatus({ phase: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private run<T>(fn: (t: SearchTables) => T): { value: T; pending: boolean } | undefined {
    if (!this.tables) return undefined;
    this.missing.clear();
    const value = fn(this.tables);
    const pending = this.missing.size > 0;
    if (pending) void this.details.load(this.missing).catch(() => {});
    return { value, pending };
  }

  /** The window [offset, offset + limit) of the results; undefined before any index is ready. */
  search(view: ViewState, offset: number, limit: number): HostPage | undefined {
    const r = this.run((t) => searchPage(t, view, offset, limit));
    return r && { ...r.value, partial: this.partial, pending: r.pending };
  }

  /** Every result in order (paper positions). */
  order(view: ViewState): Uint32Array | undefined {
    return this.run((t) => searchOrder(t, view))?.value;
  }

  get index(): SearchIndex | undefined {
    return this.current;
  }
}
