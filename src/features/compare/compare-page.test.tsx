// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Paper } from '../../lib/types';
import { parseIdsParam } from '../../lib/url/ids-param';
import { setTopics } from '../../lib/taxonomy';
import { ComparePage } from './compare-page';
import { memoryCorpus } from '../../testing/memory-corpus';
// Loaded eagerly: the search client imports it lazily, which would otherwise race the test teardown.
import '../../corpus/search-host';

function paper(slug: string, extra: Partial<Paper> = {}): Paper {
  return {
    slug,
    index: 0,
    title: `Title of ${slug}`,
    abstract: `Abstract of ${slug}, see https://example.org/${slug}.`,
    links: [],
    tags: {
      technique: [{ id: 'sparse-attention', evidence: [] }],
      modality: [],
      contribution: { id: 'method', evidence: [] },
    },
    claims: [],
    related: [],
    ...extra,
  };
}
const papers = ['a', 'b', 'c', 'd', 'e'].map((s) => paper(s));
papers[0] = paper('a', {
  name: 'Alpha',
  claims: [
    {
      kind: 'context',
      value: 131072,
      unit: 'tokens',
      text: '128K tokens',
      sentence: 'It reads 128K tokens.',
    },
  ],
  links: [{ url: 'https://github.com/x/a', kind: 'code' }],
});
papers[1] = paper('b', {
  tags: {
    technique: [],
    modality: [],
    contribution: { id: 'benchmark', evidence: [] },
    topic: [{ id: 'long-documents', evidence: [] }],
  },
});
setTopics([{ id: 'long-documents', name: 'Long documents', phrases: [] }]);
const corpus = memoryCorpus(papers);

function show(ids: string | null) {
  return render(
    <MemoryRouter>
      <ComparePage corpus={corpus} parsed={parseIdsParam(ids)} />
    </MemoryRouter>,
  );
}
afterEach(cleanup);

describe('ComparePage', () => {
  it('shows each paper as a column with all rows', () => {
    show('a,b');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const cols = screen.getAllByRole('article');
    expect(cols).toHaveLength(2);
    const a = within(cols[0]!);
    expect(a.getByRole('link', { name: 'Title of a' }).getAttribute('href')).toBe('/paper/a');
    expect(a.getByText('Alpha')).toBeTruthy();
    expect(a.getByText('128K tokens')).toBeTruthy();
    expect(a.getByRole('link', { name: 'https://github.com/x/a' })).toBeTruthy();
    expect(within(cols[1]!).getAllByText('None')).toHaveLength(3);
    expect(within(cols[1]!).getByText('Long documents')).toBeTruthy();
  });
  it('leaves out a row no compared paper fills, in every column', () => {
    show('b,c');
    for (const col of screen.getAllByRole('article')) {
      const headings = within(col).getAllByRole('heading', { level: 3 });
      expect(headings.map((h) => h.textContent)).toEqual(['Tags', 'Abstract']);
    }
    expect(screen.queryByText('None')).toBeNull();
  });
  it.each([
    [null, /Choose 2 to 4/, 0],
    ['a', /has 1/, 0],
    ['a,zzz', /has 1/, 0],
    ['a,b,c,d,e', /up to 4.*has 5/, 4],
    ['<script>,' + 'x'.repeat(5000), /has 0/, 0],
  ])('explains %s', (ids, message, shown) => {
    show(ids);
    expect(screen.getAllByRole('note')[0]!.textContent).toMatch(message);
    expect(screen.queryAllByRole('article')).toHaveLength(shown);
  });
});
