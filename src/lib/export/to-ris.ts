/**
 * RIS export, for EndNote, Mendeley and Zotero. The same record BibTeX gets (to-bibtex.ts): authors
 * and year as the listing stated them (the year from the arXiv id otherwise), the abstract, ids and
 * a URL that is never a local address. RIS has no escaping: each value is one line. Names are
 * written as the paper prints them ("Iz Beltagy"): splitting off a surname would guess wrong for
 * "Laurens van der Maaten", and importers read either order. Lines end in CRLF, as the format
 * specifies; a dump of this file reads back the same papers (ris.ts).
 */
import type { Paper } from '../types';
import type { ExportOptions } from './export-options';
import { citationUrl } from './export-options';
import { datedYear } from '../paper-ids/id-format';

const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;

function record(p: Paper, opts: ExportOptions): string[] {
  const year = datedYear(p);
  const url = citationUrl(p, opts);
  return [
    line('TY', p.arxiv ? 'JOUR' : 'GEN'),
    line('TI', p.title),
    ...(p.authors ?? []).map((a) => line('AU', a)),
    ...(year ? [line('PY', String(year))] : []),
    ...(p.arxiv ? [line('JO', `arXiv preprint arXiv:${p.arxiv}`)] : []),
    ...(p.abstract ? [line('AB', p.abstract)] : []),
    ...(p.doi ? [line('DO', p.doi)] : []),
    ...(url ? [line('UR', url)] : []),
    ...(p.name ? [line('N1', p.name)] : []),
    'ER  - ',
  ];
}

export function toRis(papers: readonly Paper[], opts: ExportOptions): string {
  return papers.map((p) => `${record(p, opts).join('\r\n')}\r\n`).join('\r\n');
}
