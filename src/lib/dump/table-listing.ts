/**
 * Tables of papers: spreadsheets saved as CSV or TSV (a reading group's sheet, a Zotero or
 * Semantic Scholar export), and the Markdown tables of a GitHub "awesome" list. The header row
 * names the columns: one must hold titles; abstract, author, year, link and DOI columns are read
 * where there are any. papaparse (build-time only, so no bundle cost) reads CSV's quoting, fields
 * over several lines included. In Markdown, a cell's links give the paper's ids and links.
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

/** Markdown's line under a table's header: `|---|:---:|`. */
const PIPE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/** The cells of a Markdown table row (`| a | b |`), `\|` kept as a bar in its cell. */
function pipeCells(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((c) => c.replace(/\\\|/g, '|').trim());
}

/** Each Markdown table's header line (0-based) whose cells name a title column. */
function pipeHeaders(lines: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('|') || !PIPE_RULE.test(lines[i + 1]!.trim())) continue;
    if (pipeCells(line).some((c) => COLUMNS.title.test(headerName(c)))) found.push(i);
  }
  return found;
}

/** A Markdown cell's text, links and emphasis undone, and the addresses its links point to. */
function markdownCell(cell: string): { text: string; urls: string[] } {
  const urls: string[] = [];
  const text = cell
    // Badges (`![stars](https://img.shields.io/…)`) are pictures, not the paper's links.
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((https?:\/\/[^\s)]+)\)/g, (_, label: string, url: string) => {
      urls.push(url);
      return label;
    })
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|`(.+?)`/g, '$1$2$3$4')
    .trim();
  for (const m of text.matchAll(/https?:\/\/[^\s)\]]+/g)) urls.push(m[0]);
  return { text, urls };
}

/** Whether the dump is a table: a CSV or TSV header first, or Markdown tables with a title column. */
export function isTableListing(lines: readonly string[]): boolean {
  return header(lines) !== undefined || pipeHeaders(lines).length > 0;
}

/** A row of a table: its cells' text, the links in each cell (Markdown's), and its line. */
interface Row {
  cells: string[];
  urls?: string[][];
  line: number;
}

/** The papers of a table, in order, through `add`: a CSV or TSV file, or Markdown tables. */
export function readTableListing(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  const head = header(lines);
  if (head) {
    const start = lines.findIndex((l) => l.trim() !== '');
    const tally = newTally();
    readRows(head.cells, start + 1, csvRows(lines, start, head, warn), add, warn, tally);
    sayTally(tally, warn);
    return;
  }
  // Markdown: each table under its own header; the text around them (headings, notes) is skipped.
  const starts = pipeHeaders(lines);
  const tally = newTally();
  let outside = 0;
  let firstOutside = 0;
  let i = 0;
  for (const [t, at] of starts.entries()) {
    for (; i < at; i++) if (lines[i]!.trim() !== '' && outside++ === 0) firstOutside = i + 1;
    const rows: Row[] = [];
    for (i = at + 2; i < lines.length && i !== starts[t + 1] && lines[i]!.includes('|'); i++) {
      const cells = pipeCells(lines[i]!).map(markdownCell);
      rows.push({ cells: cells.map((c) => c.text), urls: cells.map((c) => c.urls), line: i + 1 });
    }
    readRows(pipeCells(lines[at]!), at + 1, rows, add, warn, tally);
  }
  sayTally(tally, warn);
  for (; i < lines.length; i++)
    if (lines[i]!.trim() !== '' && outside++ === 0) firstOutside = i + 1;
  if (outside > 0)
    warn(
      firstOutside,
      `skipped ${count(outside, 'line', 'lines')} outside the tables (headings, notes)`,
    );
}

/** The rows of a CSV or TSV file after its header, each with the line it starts on. */
function csvRows(
  lines: readonly string[],
  start: number,
  head: { delimiter: string; cells: string[] },
  warn: (line: number, message: string) => void,
): Row[] {
  const rows = Papa.parse<string[]>(lines.slice(start + 1).join('\n'), {
    delimiter: head.delimiter,
  });
  const errors = new Map(rows.errors.map((e) => [e.row, e] as const));
  // A row's line: the one after the last row's, past the line breaks inside its quoted fields.
  let line = start + 2;
  return rows.data.map((cells, i) => {
    const n = line;
    line += 1 + cells.reduce((k, c) => k + (c.match(/\n/g)?.length ?? 0), 0);
    const error = errors.get(i);
    if (error) warn(n, `${error.message.replace(/\.$/, '')}: the row is read as it stands`);
    return { cells, line: n };
  });
}

/** What the tables of a dump lacked, said once for them all. */
interface Tally {
  titlesOnly: number;
  firstTitleOnly: number;
  /** Header cells not read, and the first header line with any. */
  unread: Set<string>;
  firstUnread: number;
}
const newTally = (): Tally => ({
  titlesOnly: 0,
  firstTitleOnly: 0,
  unread: new Set(),
  firstUnread: 0,
});

function sayTally(t: Tally, warn: (line: number, message: string) => void): void {
  if (t.titlesOnly > 0)
    warn(
      t.firstTitleOnly,
      `${count(t.titlesOnly, 'row has', 'rows have')} no abstract (kept with the title alone)`,
    );
  if (t.unread.size > 0)
    warn(
      t.firstUnread,
      `columns not kept (a paper here is its title, abstract, authors, year, ids and links): ${firstFew([...t.unread], 8)}`,
    );
}

/** Papers from the rows under a header (on 1-based line `headLine`), what they lack tallied. */
function readRows(
  headCells: string[],
  headLine: number,
  rows: Row[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
  tally: Tally,
): void {
  const names = headCells.map(headerName);
  const column = (re: RegExp) => names.flatMap((n, i) => (re.test(n) ? [i] : []));
  const title = column(COLUMNS.title)[0]!;
  const abstract = column(COLUMNS.abstract)[0];
  const ids = [...column(COLUMNS.link), ...column(COLUMNS.doi)];
  const code = column(COLUMNS.code);
  const authors = column(COLUMNS.authors)[0];
  const year = column(COLUMNS.year)[0];
  for (const { cells, urls, line: n } of rows) {
    if (cells.every((c) => c.trim() === '')) continue;
    // More fields than the header: a delimiter inside an unquoted field may have moved the rest.
    if (cells.length > names.length)
      warn(
        n,
        `row has ${cells.length} fields where the header has ${names.length}; read by position`,
      );
    const paperTitle = oneLine(cells[title] ?? '');
    if (paperTitle === '') {
      warn(n, 'row with an empty title, skipped');
      continue;
    }
    const paper: ParsedPaper = {
      title: paperTitle,
      abstract: oneLine(abstract === undefined ? '' : (cells[abstract] ?? '')),
      titleLine: n,
    };
    if (paper.abstract === '') {
      if (tally.titlesOnly++ === 0) tally.firstTitleOnly = n;
    } else paper.abstractLine = n;
    // A column named arXiv may hold bare ids ("2004.05150"); a linked title names its paper.
    const idText = [
      ...ids.map((c) => `${names[c]!.startsWith('arxiv') ? 'arXiv:' : ''}${cells[c] ?? ''}`),
      ...[title, ...ids].flatMap((c) => urls?.[c] ?? []),
    ].join(' ');
    const arxiv = findArxivId(idText);
    const doi = findDoi(idText);
    if (arxiv) paper.arxiv = arxiv;
    if (doi) paper.doi = doi;
    const byline = authors === undefined ? [] : listedAuthors(oneLine(cells[authors] ?? ''));
    if (byline.length > 0) paper.authors = byline;
    const stated = year === undefined ? undefined : statedYear(cells[year] ?? '');
    if (stated) paper.year = stated;
    // A linked title that names no id links to the paper all the same.
    const paperLinks = (urls?.[title] ?? [])
      .filter((url) => !findArxivId(url) && !findDoi(url))
      .map((url) => ({ url, label: 'Paper' }));
    const links = paperLinks.concat(
      code.flatMap((c) =>
        (urls?.[c] ?? [cells[c]?.trim() ?? ''])
          .filter((url) => /^https?:\/\//i.test(url))
          .map((url) => ({ url, label: headCells[c]! })),
      ),
    );
    // A cell may link the same address twice (a name and a badge).
    const unique = links.filter((l, i) => links.findIndex((m) => m.url === l.url) === i);
    if (unique.length > 0) paper.links = unique;
    add(paper);
  }
  const read = [title, abstract, authors, year, ...ids, ...code];
  const unread = headCells.filter((_, i) => !read.includes(i));
  if (unread.length > 0 && tally.unread.size === 0) tally.firstUnread = headLine;
  for (const cell of unread) tally.unread.add(cell);
}
