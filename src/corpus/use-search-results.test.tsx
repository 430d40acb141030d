// @vitest-environment jsdom
/**
 * A pending exact phrase is asked again at each arrival of texts, even while a search is on its
 * way: an answer asked before the last arrival must not stay final (at 100k papers the count
 * stopped at 1,079 of 8,939 papers, "checking" for ever, when texts arrived during a search).
 */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoadedCorpus } from './corpus-client';
import { STARTING, type SearchClient } from './search-client';
import type { HostPage, HostStatus } from './search-host';
import { useSearchResults, useViewOrder } from './use-search-results';
import { viewOf } from '../lib/url/view-state';

/** The fields the hook reads of an answer. */
const pageOf = (total: number, pending: boolean) => ({ total, pending }) as HostPage;

/** A client whose searches the test answers, one by one; superseded ones answer null. */
function fakeClient() {
  let status: HostStatus = { ...STARTING, phase: 'full' };
  const listeners = new Set<() => void>();
  const asked: ((page: HostPage) => void)[] = [];
  const orders: ((ids: number[]) => void)[] = [];
  let newest = 0;
  const client: SearchClient = {
    search: (): Promise<HostPage | null> => {
      const id = ++newest;
      return new Promise((resolve) => asked.push((page) => resolve(id === newest ? page : null)));
    },
    order: () => new Promise((resolve) => orders.push((ids) => resolve(Uint32Array.from(ids)))),
    prepare: () => {},
    status: () => status,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    dispose: () => {},
  };
  const textsArrive = () => {
    status = { ...status, textsVersion: status.textsVersion + 1 };
    listeners.forEach((l) => l());
  };
  return { client, asked, orders, textsArrive };
}

describe('useSearchResults', () => {
  it('asks a pending phrase again at every arrival of texts, a search on its way or not', async () => {
    const { client, asked, textsArrive } = fakeClient();
    const corpus = { search: client } as unknown as LoadedCorpus;
    const view = viewOf('"sequence parallelism"');
    const { result } = renderHook(() => useSearchResults(corpus, view, 25));
    expect(asked).toHaveLength(1);
    await act(async () => asked[0]!(pageOf(10, true)));
    expect(result.current.results?.total).toBe(10);

    act(textsArrive);
    expect(asked).toHaveLength(2);
    // More texts arrive while that search is on its way: it is asked again.
    act(textsArrive);
    expect(asked).toHaveLength(3);
    await act(async () => asked[1]!(pageOf(500, true)));
    await act(async () => asked[2]!(pageOf(900, false)));
    expect([result.current.results?.total, result.current.results?.pending]).toEqual([900, false]);

    // Nothing pending: arrivals ask nothing.
    act(textsArrive);
    expect(asked).toHaveLength(3);
  });

  it('asks the whole order again when texts arrive (charts and the map of an exact phrase)', async () => {
    const { client, orders, textsArrive } = fakeClient();
    const corpus = { search: client } as unknown as LoadedCorpus;
    const view = viewOf('"sequence parallelism"');
    const { result } = renderHook(() => useViewOrder(corpus, view));
    await act(async () => orders[0]!([3, 7]));
    expect([...(result.current ?? [])]).toEqual([3, 7]);
    act(textsArrive);
    expect(orders).toHaveLength(2);
    // The order shown stays until the new one comes.
    expect([...(result.current ?? [])]).toEqual([3, 7]);
    await act(async () => orders[1]!([1, 3, 5, 7, 9]));
    expect([...(result.current ?? [])]).toEqual([1, 3, 5, 7, 9]);
  });
});
