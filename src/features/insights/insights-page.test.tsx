// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { paper } from '../../lib/insights/test-papers';
import { setTopics } from '../../lib/taxonomy';
import type { Paper } from '../../lib/types';
import { memoryCorpus } from '../../testing/memory-corpus';
import { InsightsPage } from './insights-page';
// Loaded eagerly: the search client imports it lazily, which would otherwise race the test teardown.
import '../../corpus/search-host';

afterEach(cleanup);
setTopics([{ id: 'editing', name: 'Editing', phrases: [] }]);

const withTopic = (p: Paper): Paper => ({
  ...p,
  tags: { ...p.tags, topic: [{ id: 'editing', evidence: [] }] },
});

function show(papers: Paper[]) {
  render(
    <MemoryRouter>
      <InsightsPage corpus={memoryCorpus(papers)} />
    </MemoryRouter>,
  );
}

describe('InsightsPage', () => {
  it('folds the technique charts where the technique rules say little about the listing', async () => {
    show(['a', 'b', 'c', 'd'].map((s, i) => withTopic(paper(s, i === 0 ? ['diffusion'] : []))));
    await screen.findByRole('region', { name: 'Papers per topic' });
    const fold = screen.getByText('Technique charts').closest('details');
    expect(fold?.open).toBe(false);
    expect(fold?.contains(screen.getByRole('region', { name: 'Papers per technique' }))).toBe(true);
  });

  it('shows them open where the rules tag the listing', async () => {
    show(['a', 'b', 'c', 'd'].map((s) => withTopic(paper(s, ['kv-cache']))));
    const bars = await screen.findByRole('region', { name: 'Papers per technique' });
    expect(bars.closest('details')).toBeNull();
    expect(screen.queryByText('Technique charts')).toBeNull();
  });
});
