import { describe, expect, it } from 'vitest';
import { makePaper } from '../../lib/export/paper-fixture';
import { toCsv } from '../../lib/export/to-csv';
import { EXPORT_FORMATS, UTF8_BOM } from './export-formats';

const ctx = { baseUrl: 'https://example.org/', heading: 'Papers' };
const render = (label: string) => EXPORT_FORMATS.find((f) => f.label === label)!.render;

describe('export formats', () => {
  it('starts the CSV download with a byte-order mark, then the CSV itself', () => {
    const papers = [makePaper({ title: 'Études sur l’attention' })];
    expect(render('CSV')(papers, ctx)).toBe(`${UTF8_BOM}${toCsv(papers)}`);
  });

  it('adds no byte-order mark to the other formats', () => {
    for (const label of ['Markdown', 'JSON', 'BibTeX'])
      expect(render(label)([makePaper()], ctx).startsWith(UTF8_BOM), label).toBe(false);
  });
});
