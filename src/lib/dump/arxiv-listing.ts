/**
 * arXiv listings copied as text. Two layouts, one record per paper, each starting at its arXiv line:
 * - a category's list page: `[1]  arXiv:2407.14741 [pdf, other]`, `Title: …`, `Authors: …`,
 *   `Comments: …`, `Subjects: …`, then the abstract unlabelled;
 * - a search results page: `arXiv:2401.01325  [pdf, other]  cs.CL cs.AI`, the title unlabelled,
 *   `Authors: …`, `Abstract: … ▽ More` (and the full text, when expanded, ending `△ Less`),
 *   `Submitted …; originally announced …`, `Comments: …`.
 * A record's id, DOI and authors are the paper's own, so they are kept, unlike ids an abstract cites.
 */
import type { ParsedPaper } from '../types';
import { findArxivId, findDoi } from '../paper-ids/arxiv-id';
import { classifyLine } from './classify-line';
import { count, firstFew, quoteLine } from './warning-text';
import { listedAuthors } from './authors';

/** arXiv's archives, as category tags and old-style ids name them. */
const ARCHIVE = String.raw`(?:cs|math|stat|eess|econ|q-bio|q-fin|physics|astro-ph|cond-mat|gr-qc|hep-(?:ex|lat|ph|th)|math-ph|nlin|nucl-(?:ex|th)|quant-ph)(?:\.[A-Za-z-]+)?`;
/** What may follow a record's id on its line: formats, cross-list notes, category tags, a DOI tag. */
const HEAD_TAIL = new RegExp(
  String.raw`^(?:\s*(?:\[[^\]]{0,80}\]|\([^)]{0,80}\)|${ARCHIVE}|doi\s+10\.\S+))*\s*$`,
  'i',
);
const HEAD = /^(?:\[\d+\]|\d+\.)?\s*(arXiv:\s*\S+)(.*)$/i;
/** Only category tags: the search page may put them on their own line. */
const CATEGORIES = new RegExp(String.raw`^${ARCHIVE}(?:\s+${ARCHIVE})*$`);
const FIELD =
  /^(Title|Authors?|Abstract|Comments?|Subjects?|Journal[- ]ref|Report[- ]?(?:no|number)|DOI|MSC[- ]class|ACM[- ]class|Categories|Cite as)\s*:\s*(.*)$/i;
const DATES = /^Submitted\s.*\d{4}|originally announced\s/i;
/** The search page's toggles between the short and the full abstract. */
const SHORT_END = /\s*(?:…|\.\.\.)?\s*▽\s*More\s*$/;
const FULL_END = /\s*△\s*Less\s*$/;

/** The arXiv id of a record's first line, or undefined when the line is no record head. */
export function arxivHead(line: string): string | undefined {
  if (line.length > 300) return undefined;
  const m = HEAD.exec(line);
  if (!m || !HEAD_TAIL.test(m[2] ?? '')) return undefined;
  return findArxivId(m[1] ?? '');
}

/** Whether the dump is an arXiv listing: it has record heads and labelled fields. */
export function isArxivListing(lines: readonly string[]): boolean {
  let head = false;
  let field = false;
  for (const raw of lines) {
    const line = raw.trim();
    head ||= arxivHead(line) !== undefined;
    field ||= line.length <= 300 && /^(?:Title|Authors?|Abstract)\s*:/i.test(line);
    if (head && field) return true;
  }
  return false;
}

interface ArxivRecord {
  id: string;
  line: number;
  title?: string;
  titleLine?: number;
  abstract?: string;
  abstractLine?: number;
  /** The abstract is the search page's short one; the full one may follow. */
  short?: boolean;
  doi?: string;
  authors?: string[];
}

/**
 * The papers of an arXiv listing, in order, through `add`. Other metadata lines (comments,
 * subjects, dates) are skipped and counted in one warning; other text is skipped with its own.
 */
export function readArxivListing(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  let rec: ArxivRecord | undefined;
  let metadata = 0;
  let firstMetadata = 0;
  /** Lines of abstracts cut short, of titles without an abstract: one warning each. */
  const short: number[] = [];
  const bare: number[] = [];
  /** A label alone on its line ("Authors:"): its value is the next line. */
  let valueOf: 'title' | 'abstract' | 'authors' | 'metadata' | undefined;
  const finish = (): void => {
    if (!rec) return;
    if (rec.title === undefined) {
      warn(rec.line, 'arXiv record with no title, skipped');
    } else {
      if (rec.abstract === undefined) bare.push(rec.titleLine ?? rec.line);
      if (rec.short) short.push(rec.abstractLine ?? rec.line);
      add({
        title: rec.title,
        abstract: rec.abstract ?? '',
        titleLine: rec.titleLine ?? rec.line,
        ...(rec.abstractLine === undefined ? {} : { abstractLine: rec.abstractLine }),
        arxiv: rec.id,
        ...(rec.doi ? { doi: rec.doi } : {}),
        ...(rec.authors ? { authors: rec.authors } : {}),
      });
    }
    rec = undefined;
  };
  const setAbstract = (r: ArxivRecord, text: string, n: number): void => {
    r.short = SHORT_END.test(text);
    r.abstract = text.replace(SHORT_END, '').replace(FULL_END, '');
    r.abstractLine = n;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const id = arxivHead(line);
    if (id !== undefined) {
      finish();
      rec = { id, line: n };
      continue;
    }
    const field = valueOf ? null : FIELD.exec(line.slice(0, 100_000));
    const label = field ? (field[1] ?? '').toLowerCase().replace(/^author$/, 'authors') : valueOf;
    const value = field ? (field[2] ?? '').trim() : line;
    valueOf = undefined;
    if (field && value === '') {
      valueOf =
        label === 'title' || label === 'abstract' || label === 'authors' ? label : 'metadata';
    } else if (rec && label === 'title' && rec.title === undefined) {
      rec.title = value;
      rec.titleLine = n;
    } else if (rec && label === 'abstract' && rec.abstract === undefined) {
      setAbstract(rec, value, n);
    } else if (rec && label === 'authors' && rec.authors === undefined) {
      const authors = listedAuthors(value);
      if (authors.length > 0) rec.authors = authors;
    } else if (label || isMetadata(line)) {
      if (rec && label === 'doi') rec.doi = findDoi(value);
      if (metadata++ === 0) firstMetadata = n;
    } else if (rec && rec.title === undefined) {
      rec.title = line;
      rec.titleLine = n;
    } else if (
      rec &&
      (rec.short ? FULL_END.test(line) : rec.abstract === undefined) &&
      /^(?:abstract|either)$/.test(classifyLine(line))
    ) {
      setAbstract(rec, line, n);
    } else {
      warn(n, `skipped page text: ${quoteLine(line)}`);
    }
  }
  finish();
  if (short.length > 0)
    warn(
      short[0] ?? 0,
      `${count(short.length, 'abstract is', 'abstracts are')} cut short by the page ("▽ More"), at ${lineList(short)}: expand the abstracts before copying the page to get them whole`,
    );
  if (bare.length > 0)
    warn(
      bare[0] ?? 0,
      `${count(bare.length, 'paper has', 'papers have')} no abstract (kept without one), at ${lineList(bare)}`,
    );
  if (metadata > 0)
    warn(
      firstMetadata,
      `skipped ${metadata} arXiv metadata lines (comments, subjects, dates, numbers)`,
    );
}

/** Dates, category tags alone, list numbers and other lines with nothing readable. */
function isMetadata(line: string): boolean {
  const head = line.slice(0, 300);
  return DATES.test(head) || CATEGORIES.test(head) || classifyLine(line) === 'stray';
}

/** "lines 4, 9, 12, …": the first few of a warning's lines. */
const lineList = (at: readonly number[]) => `line${at.length === 1 ? '' : 's'} ${firstFew(at, 5)}`;
