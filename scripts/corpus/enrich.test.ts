import { expect, it } from 'vitest';
import { enrichPaper } from './enrich';

const abstract =
  'We extend RoPE (arXiv:2104.09864) to 1M tokens. See https://doi.org/10.1000/cited.1 for the data.';

it('keeps the ids an abstract names when the listing states none', () => {
  expect(enrichPaper({ title: 'Long RoPE', abstract }, 0)).toMatchObject({
    arxiv: '2104.09864',
    doi: '10.1000/cited.1',
  });
});

it("prefers the ids an arXiv listing's record states: those are the paper's own", () => {
  const paper = enrichPaper(
    { title: 'Long RoPE', abstract, arxiv: '2512.01234', doi: '10.1000/own.2' },
    0,
  );
  expect(paper).toMatchObject({ arxiv: '2512.01234', doi: '10.1000/own.2' });
});
