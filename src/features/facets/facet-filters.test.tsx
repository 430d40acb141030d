// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { decodeView } from '../../lib/url/view-codec';
import { DEFAULT_LAYOUT } from '../../lib/topics/facet-layout';
import { FacetFilters } from './facet-filters';

afterEach(cleanup);
const counts = { technique: {}, modality: {}, contribution: {}, topic: {} };
const contextSelect = () => screen.queryByRole('combobox', { name: 'Claimed context length' });

describe('FacetFilters', () => {
  it('leaves out the context filter where no paper claims a context, unless the URL sets one', () => {
    const layout = { ...DEFAULT_LAYOUT, contextFilter: false };
    const view = (search: string) => decodeView(search).view;
    render(<FacetFilters view={view('')} counts={counts} onChange={() => {}} layout={layout} />);
    expect(contextSelect()).toBeNull();
    cleanup();
    render(
      <FacetFilters
        view={view('?minContext=100000')}
        counts={counts}
        onChange={() => {}}
        layout={layout}
      />,
    );
    expect(contextSelect()).not.toBeNull();
    cleanup();
    render(<FacetFilters view={view('')} counts={counts} onChange={() => {}} />);
    expect(contextSelect()).not.toBeNull();
  });
});
