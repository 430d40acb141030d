// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import {
  countByTechnique,
  cooccurrenceMatrix,
  techniqueModalityMatrix,
} from '../../lib/insights/counts';
import { contextRows } from '../../lib/insights/context-points';
import { paper } from '../../lib/insights/test-papers';
import type { FacetTag } from '../../lib/insights/mark-target';
import { TechniqueBars } from './technique-bars';
import { ModalityHeatmap } from './modality-heatmap';
import { CooccurrenceMatrix } from './cooccurrence-matrix';
import { ContextDots } from './context-dots';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const papers = [
  paper('a', ['kv-cache', 'sparse-attention'], ['text'], [{ value: 128000, text: '128K tokens' }]),
  paper('b', ['kv-cache'], ['text', 'video'], [{ value: 1e6, text: '1M tokens' }]),
  paper('c', ['sparse-attention'], ['video']),
];
const techniques = ['sparse-attention', 'kv-cache', 'diffusion'];
const hrefFor = (tags: FacetTag[]) => `/x?${tags.map((t) => `${t.group}=${t.id}`).join('&')}`;
const inSvg = (name: string) =>
  within(screen.getByRole('region', { name }).querySelector('svg') as unknown as HTMLElement);

describe('insights charts', () => {
  it('draws one linked bar per technique in view, the table saying the same', () => {
    render(<TechniqueBars counts={countByTechnique(papers, techniques)} hrefFor={hrefFor} />, {
      wrapper: MemoryRouter,
    });
    const bars = inSvg('Papers per technique').getAllByRole('link');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Sparse & local attention: 2 papers',
      'KV cache management: 2 papers',
    ]);
    expect(bars[1]?.getAttribute('href')).toBe('/x?technique=kv-cache');
    const table = screen.getByRole('table', { name: 'Papers per technique' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toHaveLength(2);
  });

  it('puts the bar labels above their bars on a phone, the same bars linked', () => {
    const phone = (query: string) => ({
      matches: query.includes('max-width'),
      addEventListener: () => {},
      removeEventListener: () => {},
    });
    vi.stubGlobal('matchMedia', phone);
    render(<TechniqueBars counts={countByTechnique(papers, techniques)} hrefFor={hrefFor} />, {
      wrapper: MemoryRouter,
    });
    const svg = screen.getByRole('region', { name: 'Papers per technique' }).querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toMatch(/^0 0 360 /);
    const label = svg?.querySelector('.row-label');
    expect([label?.getAttribute('x'), label?.getAttribute('text-anchor')]).toEqual(['6', 'start']);
    expect(inSvg('Papers per technique').getAllByRole('link')).toHaveLength(2);
  });

  it('links every non-empty heatmap cell and writes its count on it', () => {
    const m = techniqueModalityMatrix(papers, techniques, ['text', 'video', 'music']);
    render(<ModalityHeatmap matrix={m} hrefFor={hrefFor} />, { wrapper: MemoryRouter });
    const cells = inSvg('Techniques by modality').getAllByRole('link');
    expect(cells).toHaveLength(4);
    const kvText = inSvg('Techniques by modality').getByRole('link', {
      name: 'KV cache management × Text & language: 2 papers',
    });
    expect(kvText.getAttribute('href')).toBe('/x?technique=kv-cache&modality=text');
    expect(kvText.textContent).toContain('2');
    // Music has no paper: no column, no table column.
    expect(screen.queryByText('Music')).toBeNull();
  });

  it('draws techniques by contribution, each cell opening both values', () => {
    const m = techniqueModalityMatrix(
      papers,
      techniques,
      ['method', 'benchmark'],
      'technique',
      'contribution',
    );
    render(<ModalityHeatmap matrix={m} hrefFor={hrefFor} by="contribution" />, {
      wrapper: MemoryRouter,
    });
    const kv = inSvg('Techniques by contribution').getByRole('link', {
      name: 'KV cache management × New method or model: 2 papers',
    });
    expect(kv.getAttribute('href')).toBe('/x?technique=kv-cache&contribution=method');
    // No paper is a benchmark: no column.
    expect(screen.queryByText('Benchmark')).toBeNull();
  });

  it('links co-occurrence cells to both techniques and lists pairs in the table', () => {
    render(
      <CooccurrenceMatrix matrix={cooccurrenceMatrix(papers, techniques)} hrefFor={hrefFor} />,
      {
        wrapper: MemoryRouter,
      },
    );
    const pair = inSvg('Techniques used together').getAllByRole('link', {
      name: /and KV cache management: 1 paper$/,
    });
    expect(pair[0]?.getAttribute('href')).toBe('/x?technique=sparse-attention&technique=kv-cache');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('puts one dot per paper and technique, linked to the paper', () => {
    render(<ContextDots rows={contextRows(papers, techniques)} />, { wrapper: MemoryRouter });
    const dots = inSvg('Claimed context length by technique').getAllByRole('link');
    expect(dots).toHaveLength(3);
    expect(dots.map((d) => d.getAttribute('href'))).toContain('/paper/b');
    expect(dots[0]?.querySelector('title')?.textContent).toBe('A: 128K tokens');
  });
});
