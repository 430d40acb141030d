import { describe, expect, it } from 'vitest';
import { viewOf } from '../url/view-state';
import { decodeView } from '../url/view-codec';
import { insightsHref, markHref, searchHref } from './mark-href';
import { decodeTagList, TAG_LIST_PARAM } from './mark-target';
import { isKnownId } from '../taxonomy';

const empty = viewOf();
const kv = { group: 'technique', id: 'kv-cache' } as const;
const video = { group: 'modality', id: 'video' } as const;

describe('markHref', () => {
  it('points a mark at the search view, in the contract’s parameter form', () => {
    expect(markHref(empty, [kv, video])).toBe('/?technique=kv-cache&modality=video');
    expect(markHref({ ...empty, q: 'ring attention', page: 4 }, [kv])).toBe(
      '/?q=ring+attention&technique=kv-cache',
    );
  });

  it('points a mark the URL cannot express at the list on /insights, keeping the view', () => {
    const href = markHref({ ...empty, technique: ['kv-cache'] }, [
      { group: 'technique', id: 'sparse-attention' },
    ]);
    expect(href).toBe('/insights?technique=kv-cache&all=technique%3Asparse-attention#tag-list');
    const url = new URL(href, 'https://x.test');
    expect(decodeView(url.search).view.technique).toEqual(['kv-cache']);
    expect(decodeTagList(url.searchParams.get(TAG_LIST_PARAM), isKnownId)).toEqual([
      { group: 'technique', id: 'sparse-attention' },
    ]);
  });
});

describe('searchHref and insightsHref', () => {
  it('leave out an empty query string', () => {
    expect(searchHref(empty)).toBe('/');
    expect(insightsHref(empty)).toBe('/insights');
    expect(insightsHref(empty, [kv])).toBe('/insights?all=technique%3Akv-cache#tag-list');
  });
});
