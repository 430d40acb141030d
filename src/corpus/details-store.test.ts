import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailsStore, MAX_IN_FLIGHT } from './details-store';
import { validShard } from '../testing/corpus-fixtures';
import type { MetaFile } from '../lib/corpus-format';

afterEach(() => vi.unstubAllGlobals());

/** A collection of `shards` shards of two papers each, served by a fetch that counts what runs. */
function collection(shards: number, failOnce: Set<number> = new Set()) {
  const file = {
    count: shards * 2,
    shards: Array.from({ length: shards }, (_, i) => `details/d-${i}.json`),
    shardStarts: Array.from({ length: shards }, (_, i) => i * 2),
  } as unknown as MetaFile;
  const seen = { inFlight: 0, most: 0, requests: 0 };
  vi.stubGlobal('fetch', async (url: string) => {
    const shard = Number(/d-(\d+)\.json$/.exec(url)?.[1]);
    seen.requests += 1;
    seen.inFlight += 1;
    seen.most = Math.max(seen.most, seen.inFlight);
    await new Promise((r) => setTimeout(r, 1));
    seen.inFlight -= 1;
    if (failOnce.delete(shard)) return { ok: false, status: 503 };
    return { ok: true, status: 200, json: async () => ({ ...validShard(), from: shard * 2 }) };
  });
  return { store: new DetailsStore({ base: '/data/', file }), seen };
}

describe('DetailsStore.load', () => {
  it('loads thousands of shards with a bounded number of requests in flight', async () => {
    const { store, seen } = collection(1000);
    const all = Array.from({ length: 2000 }, (_, i) => i);
    // Two overlapping loads, as two asks of one phrase query make: still one request per shard.
    await Promise.all([store.load(all), store.load(all.slice(500))]);
    expect(seen.requests).toBe(1000);
    expect(seen.most).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    expect(store.get(1999)?.abstract).toBe('');
    expect(store.get(1998)?.abstract).toMatch(/^We read/);
  });

  it('rejects when a shard fails, and a later load fetches it again', async () => {
    const { store, seen } = collection(3, new Set([1]));
    await expect(store.load([0, 2, 4])).rejects.toThrow(/HTTP 503/);
    await store.load([0, 4]); // the others arrive (their requests are not made twice)
    expect([0, 4, 2].map((id) => store.get(id) !== undefined)).toEqual([true, true, false]);
    await store.load([2]);
    expect(store.get(2)).toBeDefined();
    expect(seen.requests).toBe(4);
  });
  it('fetch puts the shards in the store, tells subscribers, and hands back nothing', async () => {
    const { store, seen } = collection(4);
    const heard: number[] = [];
    store.subscribe((shard) => heard.push(shard));
    await expect(store.fetch([0, 1, 6, 99])).resolves.toBeUndefined();
    expect([heard, seen.requests, store.get(6) !== undefined]).toEqual([[0, 3], 2, true]);
  });
});
