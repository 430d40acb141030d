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

function tagsOf(lead: 'technique' | 'topic') {
  render(
    <MemoryRouter>
      <ul>
        <ResultItem paper={paper} terms={[]} abstract="" starred={false} from="" lead={lead} />
      </ul>
    </MemoryRouter>,
  );
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
            abstract={abstract}
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
});
