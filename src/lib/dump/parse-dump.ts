import type { ParsedPaper, ParseResult, ParseWarning } from '../types';
import { GLUED_SUBSCRIBE, SCHOLAR_MARK, classifyLine, fieldLine } from './classify-line';
import { count, quoteLine } from './warning-text';
import { authorLine, listedAuthors, scholarByline, statedYear } from './authors';
import { paperIds } from '../paper-ids/arxiv-id';
import { isArxivListing, readArxivListing } from './arxiv-listing';
import { isReadingList, readReadingList } from './reading-list';
import { isReferenceList, readReferences } from './references';
import { isBibtex, readBibtex } from './bibtex';
import { isTableListing, readTableListing } from './table-listing';
import { isRis, readRis } from './ris';
import { isMedline, readMedline } from './medline';
import { isJsonListing, readJsonListing } from './json-listing';

/** Formats that say what they are in their first lines, tried in this order. */
const STRUCTURED = [
  { id: 'bibtex', is: isBibtex, read: readBibtex },
  { id: 'ris', is: isRis, read: readRis },
  { id: 'medline', is: isMedline, read: readMedline },
  { id: 'json', is: isJsonListing, read: readJsonListing },
  { id: 'table', is: isTableListing, read: readTableListing },
] as const;

/** Thrown when a dump cannot be used at all; the message is one clear line. */
export class DumpError extends Error {
  override name = 'DumpError';
}

/** What a dump of each kind lacked when no paper was found in it. */
const NOTHING_FOUND = {
  bibtex: 'no BibTeX entry with a title',
  ris: 'no RIS record with a title (TI)',
  medline: 'no PubMed record with a title (TI)',
  table: 'no row with a title',
  json: 'no JSON record with a title',
  text: 'expected a title line followed by its abstract line',
};

/** Page text glued to the start of a title line, removed with a warning. */
const TITLE_MARKS: readonly (readonly [RegExp, string])[] = [
  [GLUED_SUBSCRIBE, 'removed the page\'s "Subscribe" text glued to the start of the title'],
  [
    SCHOLAR_MARK,
    'removed Google Scholar\'s mark ("[CITATION]", "[BOOK]") from the start of the title',
  ],
];

/** Abstracts longer than this are kept but reported: likely several lines run together. */
const LONG_ABSTRACT = 20_000;

/** Rejects input that is not a text dump. Linear, and looks at a bounded sample for the ratio. */
function assertText(text: string): void {
  if (text.trim() === '') throw new DumpError('the dump is empty');
  const nul = text.indexOf('\0');
  const sample = text.slice(0, 65536);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const bad = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if ((nul >= 0 && nul < 8000) || bad / sample.length > 0.1) {
    throw new DumpError('the dump is not text (it looks like a binary file)');
  }
  if (/^\s*<(?:!doctype html|html)\b/i.test(sample)) {
    throw new DumpError(
      'the dump is an HTML page, not the page text (copy the text of the listing instead)',
    );
  }
}

/** Key for duplicate detection: whitespace, case or Unicode form alone do not make a new paper. */
const norm = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Parses a dump copied from a paper listing page: chrome lines, then title and abstract lines;
 * or a BibTeX file, a CSV/TSV table, an arXiv listing or a reading list, each by its own reader.
 * Recovers every paper it can and reports each flaw with its 1-based line number. Linear time.
 * Throws DumpError (and nothing else) when the input is empty, binary or holds no paper.
 */
export function parseDump(text: string): ParseResult {
  if (typeof text !== 'string') throw new DumpError('the dump is not text');
  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string): void => {
    warnings.push({ line, message });
  };
  let body = text;
  if (body.charCodeAt(0) === 0xfeff) {
    body = body.slice(1);
    warn(1, 'byte-order mark removed');
  }
  assertText(body);
  const crlf = body.indexOf('\r');
  if (crlf >= 0) {
    const line = body.slice(0, crlf).split('\n').length;
    warn(line, 'Windows (CRLF) or old Mac (CR) line endings converted');
  }
  const lines = crlf >= 0 ? body.split(/\r\n|\r|\n/) : body.split('\n');

  const papers: ParsedPaper[] = [];
  /** Papers by title: the first, and each kept by its abstract (a title repeats with another). */
  const byTitle = new Map<string, { first: ParsedPaper; byAbstract: Map<string, ParsedPaper> }>();
  let open: ParsedPaper | undefined; // title seen, abstract not yet
  let last: ParsedPaper | undefined; // last paper with an abstract, for continuation lines

  const addPaper = (paper: ParsedPaper): void => {
    const key = norm(paper.title);
    const same = byTitle.get(key);
    // A copy without an abstract is a twin of any; the first has none only while it is alone.
    // Abstracts are looked up, not compared in turn: a title repeated n times costs n lookups.
    const twin =
      same &&
      (paper.abstract === '' || same.first.abstract === ''
        ? same.first
        : same.byAbstract.get(norm(paper.abstract)));
    if (twin) {
      const where = twin.abstractLine === undefined ? '' : ` and ${twin.abstractLine}`;
      if (twin.abstract === '' && paper.abstract !== '') {
        // The earlier copy had no abstract: this one completes it.
        twin.abstract = paper.abstract;
        twin.abstractLine = paper.abstractLine;
        same.byAbstract.set(norm(paper.abstract), twin);
        warn(
          paper.titleLine,
          `same title as line ${twin.titleLine}, which had no abstract; its abstract taken from line ${paper.abstractLine}`,
        );
      } else {
        warn(
          paper.titleLine,
          `duplicate of the paper at lines ${twin.titleLine}${where}; kept once`,
        );
      }
      return;
    }
    if (same) {
      warn(
        paper.titleLine,
        `same title as the paper at line ${same.first.titleLine}, different abstract; kept both`,
      );
      same.byAbstract.set(norm(paper.abstract), paper);
    } else
      byTitle.set(key, {
        first: paper,
        byAbstract: new Map(paper.abstract === '' ? [] : [[norm(paper.abstract), paper]]),
      });
    papers.push(paper);
  };

  // The open paper's TL;DR (OpenReview's, Semantic Scholar's): its abstract if none comes.
  let tldr: { text: string; line: number } | undefined;
  const closeOpen = (): void => {
    if (!open) return;
    if (tldr) {
      Object.assign(open, { abstract: tldr.text, abstractLine: tldr.line });
      warn(tldr.line, `title has no abstract: its TL;DR stands for it: ${quoteLine(open.title)}`);
    } else
      warn(open.titleLine, `title has no abstract (kept without one): ${quoteLine(open.title)}`);
    addPaper(open);
    open = undefined;
  };

  /**
   * After line index `i`, past page text, comes an abstract or a labelled line ("Published: …"):
   * what follows a byline, not a title.
   */
  const bylineEnds = (i: number): boolean => {
    for (let j = i + 1; j < lines.length && j <= i + 20; j++) {
      const next = (lines[j] ?? '').trim();
      const kind = next === '' ? 'stray' : classifyLine(next);
      if (kind !== 'chrome' && kind !== 'stray') return kind === 'abstract' || !!fieldLine(next);
    }
    return false;
  };
  let labelled = 0;
  let firstLabelled = 0;
  const repeated = new Map<string, { warning: ParseWarning; times: number }>();

  /** A listing page's text: titles and abstracts, one line each, mostly alternating. */
  const readAlternating = (): void => {
    for (let i = 0; i < lines.length; i++) {
      const n = i + 1;
      let line = (lines[i] ?? '').trim();
      if (line === '') continue;
      for (const [mark, message] of TITLE_MARKS) {
        if (!mark.test(line)) continue;
        line = line.replace(mark, '');
        warn(n, message);
      }
      let kind = classifyLine(line);
      if (kind === 'chrome' || kind === 'stray') {
        // A card's "Download PDF" under every title is said once, with how often it came.
        const seen = repeated.get(line);
        if (seen) seen.times += 1;
        else {
          const w = {
            line: n,
            message: `skipped ${kind === 'chrome' ? 'page text' : 'stray line'}: ${quoteLine(line)}`,
          };
          warnings.push(w);
          repeated.set(line, { warning: w, times: 0 });
        }
        continue;
      }
      const field = fieldLine(line);
      if (field?.label === 'abstract' && field.value.trim() !== '') {
        line = field.value.trim();
        kind = 'abstract';
      } else if (field) {
        // Authors and a year of the open paper; the rest (keywords, venue, ethics…) is page text.
        const names = field.label === 'authors' ? listedAuthors(field.value) : [];
        const year = field.label === 'year' ? statedYear(field.value) : undefined;
        if (open && names.length > 0 && !open.authors) open.authors = names;
        else if (open && year && !open.year) open.year = year;
        else if (open && field.label === 'tldr') tldr = { text: field.value.trim(), line: n };
        else if (labelled++ === 0) firstLabelled = n;
        continue;
      }
      // The names a listing page prints between a title and its abstract ("J. Smith" has a
      // sentence break: asked before the line is taken for the abstract). Names between bars
      // (the ACL Anthology's) need no abstract after them: no title is written so.
      if (open && !open.authors) {
        const names = authorLine(line);
        if (names && (bylineEnds(i) || line.includes(' | '))) {
          open.authors = names;
          continue;
        }
        const scholar = scholarByline(line);
        if (scholar) {
          Object.assign(open, scholar, paperIds(line));
          continue;
        }
      }
      const isAbstract = kind === 'abstract' || (kind === 'either' && open !== undefined);
      if (!isAbstract) {
        closeOpen();
        open = { title: line, abstract: '', titleLine: n };
        tldr = undefined;
        last = undefined;
        continue;
      }
      if (line.length > LONG_ABSTRACT)
        warn(n, `very long abstract (${line.length.toLocaleString('en-US')} characters)`);
      if (open) {
        const paper: ParsedPaper = { ...open, abstract: line, abstractLine: n };
        open = undefined;
        tldr = undefined;
        addPaper(paper);
        last = paper;
      } else if (last) {
        // Text after an abstract: the abstract went on over a line break.
        last.abstract = `${last.abstract} ${line}`;
        warn(
          n,
          `text after the abstract of line ${last.abstractLine} with no title; joined to that abstract`,
        );
      } else {
        warn(n, `text with no title before it, skipped: ${quoteLine(line)}`);
      }
    }
    closeOpen();
    for (const { warning, times } of repeated.values())
      if (times > 0) warning.message += ` (and ${count(times, 'more time', 'more times')})`;
    if (labelled > 0)
      warn(
        firstLabelled,
        `skipped ${count(labelled, 'labelled line', 'labelled lines')} of page text (keywords, venue, dates and the like)`,
      );
  };

  // The readers' first warning often says why a dump gave no paper (past the file's own notes).
  const fileNotes = warnings.length;
  const structured = STRUCTURED.find((f) => f.is(lines));
  const format = structured?.id ?? 'text';
  if (structured) structured.read(lines, addPaper, warn);
  else if (isArxivListing(lines)) readArxivListing(lines, addPaper, warn);
  else if (isReferenceList(lines)) readReferences(lines, addPaper, warn);
  else if (isReadingList(lines)) readReadingList(lines, addPaper, warn);
  else readAlternating();
  const first = warnings[fileNotes];
  // The readers' summaries (metadata skipped, abstracts missing) come last: warnings read in line order.
  warnings.sort((a, b) => a.line - b.line);
  if (papers.length === 0) {
    const why = first ? ` (line ${first.line}: ${first.message})` : '';
    throw new DumpError(`no paper found: ${NOTHING_FOUND[format]}${why}`);
  }
  return { papers, warnings };
}
