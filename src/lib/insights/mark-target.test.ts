import { describe, expect, it } from 'vitest';
import { viewOf } from '../url/view-state';
import {
  decodeTagList,
  encodeTagList,
  markTarget,
  papersWithAll,
  type FacetTag,
} from './mark-target';
import { paper } from './test-papers';

const base = viewOf('cache', { page: 3 });
const t = (id: string): FacetTag => ({ group: 'technique', id });
const m = (id: string): FacetTag => ({ group: 'modality', id });

describe('markTarget', () => {
  it('opens the search view, keeping the query and resetting the page', () => {
    expect(markTarget(base, [t('kv'), m('video')])).toEqual({
      kind: 'search',
      view: { ...base, page: 1, technique: ['kv'], modality: ['video'] },
    });
  });

  it('narrows a selection to the one value the mark stands for', () => {
    const view = { ...base, technique: ['kv', 'sparse'] };
    expect(markTarget(view, [t('kv')])).toMatchObject({
      kind: 'search',
      view: { technique: ['kv'] },
    });
  });

  it('falls back to the list when the set needs AND within a group', () => {
    expect(markTarget(base, [t('kv'), t('sparse')])).toEqual({
      kind: 'list',
      tags: [t('kv'), t('sparse')],
    });
    const view = { ...base, modality: ['text'] };
    expect(markTarget(view, [t('kv'), m('video')]).kind).toBe('list');
  });
});

describe('papersWithAll', () => {
  it('keeps papers carrying every tag', () => {
    const papers = [
      paper('a', ['kv', 'sparse'], ['text']),
      paper('b', ['kv'], ['text']),
      paper('c', ['sparse']),
    ];
    expect(papersWithAll(papers, [t('kv'), t('sparse')]).map((p) => p.slug)).toEqual(['a']);
    expect(papersWithAll(papers, [m('text')]).map((p) => p.slug)).toEqual(['a', 'b']);
    expect(papersWithAll(papers, [{ group: 'contribution', id: 'method' }])).toHaveLength(3);
  });
});

describe('tag list parameter', () => {
  const known = (_g: string, id: string) => ['kv', 'sparse', 'text'].includes(id);

  it('round-trips', () => {
    const tags = [t('kv'), t('sparse'), m('text')];
    expect(decodeTagList(encodeTagList(tags), known)).toEqual(tags);
  });

  it('drops malformed, unknown and duplicate entries and never throws', () => {
    expect(
      decodeTagList(
        'technique:kv,technique:kv,colour:red,technique:warp,modality,a:b:c,<b>',
        known,
      ),
    ).toEqual([t('kv')]);
    expect(decodeTagList(null, known)).toEqual([]);
    expect(decodeTagList('technique:kv,'.repeat(500), known)).toEqual([]);
  });
});
