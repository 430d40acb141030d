// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { setTopics } from '../../lib/taxonomy';
import { textPaper } from '../../testing/paper-fixture';
import { ResultItem } from './result-item';

const paper = {
  ...textPaper('edit', 'Instruction-based image editing', 'We edit images.'),
  tags: {
    technique: [{ id: 'diffusion', evidence: [] }],
    modality: [{ id: 'image', evidence: [] }],
    contribution: { id: 'method' as const, evidence: [] },
    topic: [{ id: 'image-editing', evidence: [] }],
  },
};

const details = (authors?: string[]) => ({
  abstract: '',
  links: [],
  evidence: { technique: [], modality: [], contribution: [], topic: [] },
  sentences: [],
  related: [],
  ...(authors ? { authors } : {}),
});

function renderItem(
  lead: 'technique' | 'topic',
  item: Partial<Parameters<typeof ResultItem>[0]> = {},
) {
  render(
    <MemoryRouter>
      <ul>
        <ResultItem
          paper={paper}
          terms={[]}
          details={details()}
          starred={false}
          from=""
          lead={lead}
          {...item}
        />
      </ul>
    </MemoryRouter>,
  );
}

function tagsOf(lead: 'technique' | 'topic') {
  renderItem(lead);
  return screen.getAllByRole('link').map((a) => a.getAttribute('href'));
}

describe('ResultItem tags', () => {
  afterEach(cleanup);
  setTopics([{ id: 'image-editing', name: 'Image editing', phrases: [] }]);

  it('shows the leading group of the facet panel beside the modalities', () => {
    expect(tagsOf('technique')).toEqual([
      '/paper/edit',
      '/?technique=diffusion',
      '/?modality=image',
    ]);
    cleanup();
    const topic = tagsOf('topic');
    expect(topic).toEqual(['/paper/edit', '/?topic=image-editing', '/?modality=image']);
    expect(screen.getByRole('link', { name: 'Image editing' })).toBeTruthy();
  });
});

describe('ResultItem snippet', () => {
  afterEach(cleanup);
  const item = (p: typeof paper, abstract: string | undefined) =>
    render(
      <MemoryRouter>
        <ul>
          <ResultItem
            paper={p}
            terms={[]}
            details={abstract === undefined ? undefined : { ...details(), abstract }}
            starred={false}
            from=""
            lead="topic"
          />
        </ul>
      </MemoryRouter>,
    ).container;

  it('shows the abstract, a placeholder while it loads, and nothing for a paper without one', () => {
    expect(item(paper, 'We edit images.').querySelector('.result-snippet')?.textContent).toBe(
      'We edit images.',
    );
    cleanup();
    expect(item(paper, undefined).querySelector('.result-snippet--loading')).not.toBeNull();
    cleanup();
    // A reading list of titles: no empty line where the snippet would be.
    expect(
      item({ ...paper, missingAbstract: true }, '').querySelector('.result-snippet'),
    ).toBeNull();
  });

  it('gives a byline where the listing names authors or a year, and none where it does not', () => {
    renderItem('technique', {
      paper: { ...paper, year: 2023 },
      details: details(['Albert Gu', 'Tri Dao', 'A', 'B']),
    });
    expect(screen.getByText('Albert Gu, Tri Dao, A et al. · 2023')).toBeTruthy();
    cleanup();
    expect(item(paper, 'We edit images.').querySelector('.result-byline')).toBeNull();
  });
});
