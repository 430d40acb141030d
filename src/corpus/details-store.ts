/**
 * Paper details, loaded by shard on demand: a result page needs the abstracts of its 25 papers,
 * not of all 100,000. Requests for one shard share one fetch; a failed fetch is retried when asked
 * again. With `maxShards`, the least recently used shards beyond that many are dropped (fetched
 * again if needed), so memory stays bounded however long one browses.
 */
import { shardOf, type PaperDetails } from '../lib/corpus-format';
import type { MetaCorpus } from '../lib/corpus-rows';
import { fetchShard } from './corpus-files';

/**
 * Shard requests in flight at once: enough to keep the browser's connections busy, few enough
 * that it refuses none (an exact phrase at 100k papers asks for all 2,500 shards; fired at once,
 * most fail with ERR_INSUFFICIENT_RESOURCES).
 */
export const MAX_IN_FLIGHT = 32;

export class DetailsStore {
  private readonly shards = new Map<number, PaperDetails[]>();
  private readonly pending = new Map<number, Promise<PaperDetails[]>>();
  private readonly listeners = new Set<(shard: number) => void>();
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  /** Bumped whenever a shard arrives (for useSyncExternalStore). */
  version = 0;

  constructor(
    readonly meta: Pick<MetaCorpus, 'base' | 'file'>,
    private readonly maxShards = Infinity,
  ) {}

  private keep(shard: number, rows: PaperDetails[]): void {
    this.shards.delete(shard);
    this.shards.set(shard, rows);
    for (const old of this.shards.keys()) {
      if (this.shards.size <= this.maxShards) break;
      this.shards.delete(old);
    }
  }

  private shardOf(id: number): number {
    return shardOf(this.meta.file.shardStarts, id);
  }

  private rowOf(rows: PaperDetails[] | undefined, id: number, shard = this.shardOf(id)) {
    return rows?.[id - (this.meta.file.shardStarts[shard] ?? 0)];
  }

  get(id: number): PaperDetails | undefined {
    const shard = this.shardOf(id);
    const rows = this.shards.get(shard);
    if (rows && this.maxShards !== Infinity) this.keep(shard, rows);
    return this.rowOf(rows, id, shard);
  }

  private loadShard(shard: number): Promise<PaperDetails[]> {
    const known = this.shards.get(shard);
    if (known) return Promise.resolve(known);
    let p = this.pending.get(shard);
    if (!p) {
      p = this.inTurn(() => fetchShard(this.meta, shard))
        .then((rows) => (this.put(shard, rows), rows))
        .finally(() => this.pending.delete(shard));
      this.pending.set(shard, p);
    }
    return p;
  }

  /** Puts a shard in place, fetched or given (tests, in-memory collections), and says so. */
  put(shard: number, rows: PaperDetails[]): void {
    this.keep(shard, rows);
    this.version += 1;
    this.listeners.forEach((l) => l(shard));
  }

  private shardsOf(ids: Iterable<number>): Set<number> {
    const shards = new Set<number>();
    for (const id of ids) if (id >= 0 && id < this.meta.file.count) shards.add(this.shardOf(id));
    return shards;
  }

  /**
   * Loads the shards holding these papers; the lookup it gives holds them for the caller however
   * many they are: an export of 10,000 papers must not lose those whose shards the store dropped.
   */
  async load(ids: Iterable<number>): Promise<(id: number) => PaperDetails | undefined> {
    const rows = new Map<number, PaperDetails[]>();
    await Promise.all(
      [...this.shardsOf(ids)].map(async (s) => rows.set(s, await this.loadShard(s))),
    );
    return (id) => this.rowOf(rows.get(this.shardOf(id)), id);
  }

  /**
   * Loads the shards holding these papers into the store and holds none itself: subscribers take
   * what they need as each arrives. Held until the last, the 2,500 shards an exact phrase needs at
   * 100k papers took the worker's heap to 650 MB.
   */
  async fetch(ids: Iterable<number>): Promise<void> {
    await Promise.all([...this.shardsOf(ids)].map((s) => this.loadShard(s).then(() => {})));
  }

  /** Runs a fetch once fewer than MAX_IN_FLIGHT are running, in the order asked. */
  private async inTurn<T>(fetch: () => Promise<T>): Promise<T> {
    if (this.inFlight >= MAX_IN_FLIGHT) await new Promise<void>((go) => this.waiting.push(go));
    this.inFlight += 1;
    try {
      return await fetch();
    } finally {
      this.inFlight -= 1;
      this.waiting.shift()?.();
    }
  }

  /** `listener` hears of each shard that arrives (its number). An arrow: hooks pass it as is. */
  readonly subscribe = (listener: (shard: number) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
