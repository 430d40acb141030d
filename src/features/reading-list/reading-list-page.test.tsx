// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { Paper } from '../../lib/types';
import { parseIdsParam } from '../../lib/url/ids-param';
import { useReadingList } from '../../stores/reading-list-store';
import { ReadingListPage } from './reading-list-page';
import { SharedListPage } from './shared-list-page';
import { memoryCorpus } from '../../testing/memory-corpus';
// Loaded eagerly: the search client imports it lazily, which would otherwise race the test teardown.
import '../../corpus/search-host';

const paper = (slug: string): Paper => ({
  slug,
  index: 0,
  title: `Title ${slug}`,
  abstract: '',
  links: [],
  tags: { technique: [], modality: [], contribution: { id: 'method', evidence: [] } },
  claims: [],
  related: [],
});
const papers = ['a', 'b', 'c'].map(paper);
const corpus = memoryCorpus(papers);

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname + l.search}</p>;
}
function renderAt(ui: ReactNode) {
  return render(
    <MemoryRouter initialEntries={['/reading-list']}>
      <Routes>
        <Route path="/reading-list" element={ui} />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => useReadingList.setState({ items: [] }));
afterEach(cleanup);

describe('ReadingListPage', () => {
  it('lists saved papers, keeps unknown slugs visible, removes with undo', () => {
    useReadingList.setState({
      items: [
        { slug: 'a', addedAt: 1 },
        { slug: 'gone', addedAt: 2 },
        { slug: 'b', addedAt: 3 },
      ],
    });
    renderAt(<ReadingListPage corpus={corpus} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('Not in this collection')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Remove Title a/ }));
    expect(useReadingList.getState().items.map((i) => i.slug)).toEqual(['gone', 'b']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useReadingList.getState().items.map((i) => i.slug)).toEqual(['a', 'gone', 'b']);
  });

  it('compares 2 to 4 selected papers, and says why otherwise', () => {
    useReadingList.setState({ items: ['a', 'b', 'c'].map((slug) => ({ slug, addedAt: 1 })) });
    renderAt(<ReadingListPage corpus={corpus} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Title a/ }));
    fireEvent.click(screen.getByRole('button', { name: /Compare selected/ }));
    expect(screen.getByText(/Select 2 to 4 papers to compare \(1 selected\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Title c/ }));
    fireEvent.click(screen.getByRole('button', { name: /Compare selected/ }));
    expect(screen.getByTestId('where').textContent).toBe('/compare?ids=a,c');
  });
});

describe('SharedListPage', () => {
  it('is read-only until imported, then merges without duplicates', () => {
    useReadingList.setState({ items: [{ slug: 'a', addedAt: 1 }] });
    renderAt(<SharedListPage corpus={corpus} parsed={parseIdsParam('a,b,nope,<i>x</i>')} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText(/not in this collection/).textContent).toContain('nope');
    expect(screen.getByText(/not a paper address/).textContent).toContain('<i>x</i>');
    fireEvent.click(screen.getByRole('button', { name: 'Import into my reading list' }));
    expect(useReadingList.getState().items.map((i) => i.slug)).toEqual(['a', 'b']);
    expect(
      screen.getByText('Added 1 paper to your reading list (1 was already there).'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import into my reading list' }));
    expect(useReadingList.getState().items).toHaveLength(2);
  });
});
