/**
 * Spreadsheets saved as CSV or TSV: a reading group's sheet, a Zotero or Semantic Scholar export.
 * The header row names the columns: one must hold titles; abstract, author, year, link and DOI
 * columns are read where there are any. papaparse (build-time only, so no bundle cost) reads the quoting, fields
 * over several lines included.
 */
import Papa from 'papaparse';
import type { ParsedPaper } from '../types';
import { findArxivId, findDoi } from '../paper-ids/arxiv-id';
import { count, firstFew, oneLine } from './warning-text';
import { listedAuthors, statedYear } from './authors';

/** Header names, lower-cased with punctuation as spaces ("Abstract Note" is Zotero's). */
const COLUMNS = {
  title: /^(?:paper |article )?title$|^paper$/,
  abstract: /^(?:abstract(?: note)?|summary|tl ?dr)$/,
  link: /^(?:url|link|links|pdf|arxiv(?: id| link| url)?|paper (?:link|url))$/,
  doi: /^doi$/,
  // A reading group's "Code" or "Project page" column.
  code: /^(?:code|github|repo(?:sitory)?|project(?: page| url)?|website|homepage)$/,
  // Zotero's "Author", a sheet's "Authors"; Zotero's "Publication Year", a sheet's "Year" or "Date".
  authors: /^(?:authors?|creators?|author names?)$/,
  year: /^(?:(?:publication |pub )?year|date(?: published)?|published)$/,
} as const;

const headerName = (cell: string): string =>
  cell
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The header's delimiter and cells, when the first non-empty line is a header with a title column. */
function header(lines: readonly string[]): { delimiter: string; cells: string[] } | undefined {
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined || first.length > 2000) return undefined;
  for (const delimiter of ['\t', ',', ';']) {
    if (!first.includes(delimiter)) continue;
    const cells = Papa.parse<string[]>(first, { delimiter }).data[0] ?? [];
    if (cells.length >= 2 && cells.some((c) => COLUMNS.title.test(headerName(c))))
      return { delimiter, cells };
  }
  return undefined;
}

/** Whether the dump is a table: its first line is a header with a title column. */
export function isTableListing(lines: readonly string[]): boolean {
  return header(lines) !== undefined;
}

/** The papers of a CSV or TSV table, in order, through `add`. */
export function readTableListing(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  const head = header(lines);
  if (!head) return;
  const start = lines.findIndex((l) => l.trim() !== '');
  const names = head.cells.map(headerName);
  const column = (re: RegExp) => names.flatMap((n, i) => (re.test(n) ? [i] : []));
  const title = column(COLUMNS.title)[0]!;
  const abstract = column(COLUMNS.abstract)[0];
  const ids = [...column(COLUMNS.link), ...column(COLUMNS.doi)];
  const code = column(COLUMNS.code);
  const authors = column(COLUMNS.authors)[0];
  const year = column(COLUMNS.year)[0];
  const rows = Papa.parse<string[]>(lines.slice(start + 1).join('\n'), {
    delimiter: head.delimiter,
  });
  const errors = new Map(rows.errors.map((e) => [e.row, e] as const));
  // A row's line: the one after the last row's, past the line breaks inside its quoted fields.
  let line = start + 2;
  let titlesOnly = 0;
  let firstTitleOnly = 0;
  rows.data.forEach((cells, i) => {
    const n = line;
    line += 1 + cells.reduce((k, c) => k + (c.match(/\n/g)?.length ?? 0), 0);
    if (cells.every((c) => c.trim() === '')) return;
    // More fields than the header: a delimiter inside an unquoted field may have moved the rest.
    if (cells.length > names.length)
      warn(
        n,
        `row has ${cells.length} fields where the header has ${names.length}; read by position`,
      );
    const error = errors.get(i);
    if (error) warn(n, `${error.message.replace(/\.$/, '')}: the row is read as it stands`);
    const paperTitle = oneLine(cells[title] ?? '');
    if (paperTitle === '') {
      warn(n, 'row with an empty title, skipped');
      return;
    }
    const paper: ParsedPaper = {
      title: paperTitle,
      abstract: oneLine(abstract === undefined ? '' : (cells[abstract] ?? '')),
      titleLine: n,
    };
    if (paper.abstract === '') {
      if (titlesOnly++ === 0) firstTitleOnly = n;
    } else paper.abstractLine = n;
    // A column named arXiv may hold bare ids ("2004.05150").
    const idText = ids
      .map((c) => `${names[c]!.startsWith('arxiv') ? 'arXiv:' : ''}${cells[c] ?? ''}`)
      .join(' ');
    const arxiv = findArxivId(idText);
    const doi = findDoi(idText);
    if (arxiv) paper.arxiv = arxiv;
    if (doi) paper.doi = doi;
    const byline = authors === undefined ? [] : listedAuthors(oneLine(cells[authors] ?? ''));
    if (byline.length > 0) paper.authors = byline;
    const stated = year === undefined ? undefined : statedYear(cells[year] ?? '');
    if (stated) paper.year = stated;
    const links = code.flatMap((c) =>
      /^https?:\/\//i.test(cells[c]?.trim() ?? '')
        ? [{ url: cells[c]!.trim(), label: head.cells[c]! }]
        : [],
    );
    if (links.length > 0) paper.links = links;
    add(paper);
  });
  if (titlesOnly > 0)
    warn(
      firstTitleOnly,
      `${count(titlesOnly, 'row has', 'rows have')} no abstract (kept with the title alone)`,
    );
  const read = [title, abstract, authors, year, ...ids, ...code];
  const unread = head.cells.filter((_, i) => !read.includes(i));
  if (unread.length > 0)
    warn(
      start + 1,
      `columns not kept (a paper here is its title, abstract, authors, year, ids and links): ${firstFew(unread, 8)}`,
    );
}
