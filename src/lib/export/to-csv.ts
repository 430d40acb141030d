/**
 * CSV export (RFC 4180): a header row, CRLF line ends, and a field quoted when it holds a comma,
 * a quote, a line break or leading/trailing spaces, with quotes doubled.
 *
 * Formula injection: a cell starting with =, +, -, @, tab or carriage return is prefixed with a
 * single quote, so spreadsheet apps show it as text instead of running it (OWASP advice). The
 * quote is visible in the cell; titles almost never start with those characters.
 */
import type { Paper } from '../types';
import { arxivAbsUrl, arxivPdfUrl, doiUrl } from '../paper-ids/id-format';

const CSV_COLUMNS = [
  'slug',
  'title',
  'name',
  'technique',
  'modality',
  'contribution',
  'claims',
  'links',
  'arxiv',
  'doi',
  'paper_url',
  'pdf_url',
  // Last, so scripts that read the columns by position before they existed still work.
  'topic',
  'authors',
  'year',
] as const;

/**
 * Lists inside one cell: ids, claim texts and names never contain "; ", URLs never contain spaces
 * (Zotero separates authors so too, and table-listing.ts reads them back).
 */
const LIST = '; ';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(paper: Paper): string[] {
  return [
    paper.slug,
    paper.title,
    paper.name ?? '',
    paper.tags.technique.map((t) => t.id).join(LIST),
    paper.tags.modality.map((t) => t.id).join(LIST),
    paper.tags.contribution.id,
    paper.claims.map((c) => c.text).join(LIST),
    paper.links.map((l) => l.url).join(' '),
    paper.arxiv ?? '',
    paper.doi ?? '',
    paper.arxiv ? arxivAbsUrl(paper.arxiv) : paper.doi ? doiUrl(paper.doi) : '',
    paper.arxiv ? arxivPdfUrl(paper.arxiv) : '',
    (paper.tags.topic ?? []).map((t) => t.id).join(LIST),
    (paper.authors ?? []).join(LIST),
    paper.year ? String(paper.year) : '',
  ];
}

export function toCsv(papers: readonly Paper[]): string {
  const rows = [[...CSV_COLUMNS], ...papers.map(row)];
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
