// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { makePaper } from '../../testing/export-paper-fixture';
import { memoryCorpus } from '../../testing/memory-corpus';
import { PaperPage } from './paper-page';
// Loaded eagerly: the search client imports it lazily, which would otherwise race the test teardown.
import '../../corpus/search-host';

function show(authors: string[] | undefined, year?: number) {
  const paper = makePaper({ ...(authors ? { authors } : {}), ...(year ? { year } : {}) });
  render(
    <MemoryRouter>
      <PaperPage paper={paper} corpus={memoryCorpus([paper])} />
    </MemoryRouter>,
  );
}

describe('PaperPage byline', () => {
  afterEach(cleanup);

  it('names every author, each a link to their papers in the listing, and the year', () => {
    show(['Iz Beltagy', 'Arman Cohan'], 2020);
    const byline = document.querySelector('.paper-byline');
    expect(byline?.textContent).toBe('Iz Beltagy, Arman Cohan · 2020');
    // Their name as an exact phrase: search reads authors.
    expect(screen.getByRole('link', { name: 'Arman Cohan' }).getAttribute('href')).toBe(
      '/?q=%22Arman+Cohan%22',
    );
  });

  it('names the first 30 of a long list, and the rest on request', () => {
    const many = Array.from({ length: 1200 }, (_, i) => `Author ${i + 1}`);
    show(many);
    expect(screen.queryByText(/Author 31\b/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show all 1,200 authors' }));
    expect(screen.getByText(/Author 1200$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });

  it('has no byline where the listing names no one', () => {
    show(undefined);
    expect(document.querySelector('.paper-byline')).toBeNull();
  });
});
