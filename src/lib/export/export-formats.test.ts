import { describe, expect, it } from 'vitest';
import { makePaper } from '../../testing/export-paper-fixture';
import { toCsv } from './to-csv';
import { EXPORT_FORMATS, UTF8_BOM } from './export-formats';

const opts = { baseUrl: 'https://example.org/', heading: 'Papers' };
const render = (label: string) => EXPORT_FORMATS.find((f) => f.label === label)!.render;

describe('export formats', () => {
  it('starts the CSV download with a byte-order mark, then the CSV itself', () => {
    const papers = [makePaper({ title: 'Études sur l’attention' })];
    expect(render('CSV')(papers, opts)).toBe(`${UTF8_BOM}${toCsv(papers)}`);
  });

  it('adds no byte-order mark to the other formats', () => {
    for (const label of ['Markdown', 'JSON', 'BibTeX', 'RIS'])
      expect(render(label)([makePaper()], opts).startsWith(UTF8_BOM), label).toBe(false);
  });

  it('passes the heading to Markdown', () => {
    expect(render('Markdown')([makePaper()], opts)).toMatch(/^# Papers\n/);
  });
});
