/**
 * BibTeX files: a reading group's `.bib`, a Zotero or Google Scholar export, arXiv's "Export
 * BibTeX". One entry a paper: its `title`, `abstract`, `author` and `year` (or `date`) are read,
 * its `eprint`, `doi` and `url` give its own ids. Values keep their TeX (`{BERT}`, `Sch{\"o}lkopf`): the corpus build repairs
 * it as for any dump (tex-to-text.ts). `@string` macros and `#` joins are honoured; `@comment`
 * and `@preamble` are skipped. Venues and other fields are not part of a paper here: one warning
 * says so.
 */
import type { ParsedPaper } from '../types';
import { findArxivId, findDoi } from '../paper-ids/arxiv-id';
import { oneLine } from './warning-text';
import { bibtexAuthors, statedYear } from './authors';
import { RecordSummary, recordPaper, type FieldAt } from './record-paper';

const ENTRY_HEAD = /^\s*@\s*([A-Za-z]+)\s*[{(]/;

/** Whether the dump is BibTeX: its first line that is neither blank nor a `%` comment opens an entry. */
export function isBibtex(lines: readonly string[]): boolean {
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('%')) continue;
    return ENTRY_HEAD.test(line);
  }
  return false;
}

/** Month macros every BibTeX style defines. */
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

class BibSyntaxError extends Error {}

interface Entry {
  type: string;
  key: string;
  line: number;
  fields: Map<string, FieldAt>;
}

/** Reads the entries of a BibTeX text, in order; a malformed entry is reported and skipped. */
function readEntries(
  text: string,
  warn: (line: number, message: string) => void,
  onEntry: (entry: Entry) => void,
): void {
  const macros = new Map(MONTHS.map((m) => [m, m]));
  // Line numbers, found as the reader moves forward (positions only grow).
  let lineAt = 0;
  let line = 1;
  const lineOf = (pos: number): number => {
    for (; lineAt < pos; lineAt++) if (text.charCodeAt(lineAt) === 10) line++;
    return line;
  };
  let pos = 0;
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  };
  const expect = (what: string) => {
    skipSpace();
    if (text.charAt(pos) !== what) throw new BibSyntaxError(`expected “${what}”`);
    pos++;
  };
  /** A `{…}`, `(…)` or `"…"` value (braces balanced inside), without its delimiters. */
  const delimited = (): string => {
    const open = text.charAt(pos);
    const end = open === '{' ? '}' : open === '(' ? ')' : '"';
    const start = ++pos;
    let depth = 0;
    for (; pos < text.length; pos++) {
      const c = text.charAt(pos);
      if (c === '\\') pos++;
      else if (c === '{') depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (depth === 0 && c === end) return text.slice(start, pos++);
      else if (c === '@' && /\n\s*$/.test(text.slice(Math.max(0, pos - 80), pos)))
        // An entry head at a line start: this value was never closed.
        break;
    }
    throw new BibSyntaxError('a value is not closed');
  };
  const word = (): string => {
    skipSpace();
    const m = /^[^\s"#%'(),={}]+/.exec(text.slice(pos, pos + 200));
    if (!m) throw new BibSyntaxError('expected a name');
    pos += m[0].length;
    return m[0];
  };
  /** A field's value: parts joined by `#`, each delimited, a number or a macro. */
  const value = (): string => {
    let out = '';
    for (;;) {
      skipSpace();
      const c = text.charAt(pos);
      if (c === '{' || c === '"') out += delimited();
      else {
        const name = word();
        out += /^\d+$/.test(name) ? name : (macros.get(name.toLowerCase()) ?? name);
      }
      skipSpace();
      if (text.charAt(pos) !== '#') return out;
      pos++;
    }
  };
  const close = (open: string) => (open === '(' ? ')' : '}');

  for (;;) {
    const at = text.indexOf('@', pos);
    if (at < 0) return;
    pos = at + 1;
    const head = /^\s*([A-Za-z]+)\s*([{(])/.exec(text.slice(pos, pos + 100));
    if (!head) continue; // an @ in text between entries (BibTeX reads that text as a comment)
    const entryLine = lineOf(at);
    const type = (head[1] ?? '').toLowerCase();
    let key = '';
    const end = close(head[2] ?? '{');
    pos += head[0].length;
    try {
      if (type === 'comment' || type === 'preamble') {
        pos--;
        delimited();
        continue;
      }
      if (type === 'string') {
        const name = word().toLowerCase();
        expect('=');
        macros.set(name, value());
        expect(end);
        continue;
      }
      const keyMatch = /^\s*([^\s,{}()]*)\s*,?/.exec(text.slice(pos, pos + 300));
      pos += keyMatch?.[0].length ?? 0;
      key = keyMatch?.[1] ?? '';
      const entry: Entry = { type, key, line: entryLine, fields: new Map() };
      for (;;) {
        skipSpace();
        if (text.charAt(pos) === end) {
          pos++;
          break;
        }
        if (text.charAt(pos) === ',') {
          pos++;
          continue;
        }
        const fieldLine = lineOf(pos);
        const name = word().toLowerCase();
        expect('=');
        entry.fields.set(name, { value: value(), line: fieldLine });
      }
      onEntry(entry);
    } catch (e) {
      if (!(e instanceof BibSyntaxError)) throw e;
      const where = lineOf(pos) === entryLine ? '' : ` (at line ${lineOf(pos)})`;
      warn(entryLine, `BibTeX entry${key ? ` “${key}”` : ''} skipped: ${e.message}${where}`);
      // Read on from the next line that starts an entry.
      const next = /\n\s*@/g;
      next.lastIndex = at + 1;
      const m = next.exec(text);
      pos = m ? m.index + 1 : text.length;
    }
  }
}

/** The papers of a BibTeX file, in order, through `add`. */
export function readBibtex(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  const summary = new RecordSummary(
    {
      has: ['BibTeX entry has', 'BibTeX entries have'],
      fields: 'BibTeX fields',
      kept: 'title, abstract, authors, year and ids',
      hint: '; Zotero and Semantic Scholar exports include abstracts',
    },
    KEPT,
  );
  readEntries(lines.join('\n'), warn, ({ key, line, fields }) => {
    const field = (name: string) => oneLine(fields.get(name)?.value ?? '');
    const title = fields.get('title');
    if (!title || oneLine(title.value) === '') {
      warn(line, `BibTeX entry “${key}” has no title, skipped`);
      return;
    }
    const abstract = fields.get('abstract');
    const paper = recordPaper(title, abstract);
    summary.paper(paper, line);
    // The paper's own ids: an arXiv eprint, else the arXiv id its link, venue or DOI names.
    const eprint = field('eprint');
    const archive = `${field('archiveprefix')} ${field('eprinttype')}`.toLowerCase();
    const arxiv =
      (eprint && (archive.includes('arxiv') || archive.trim() === '')
        ? findArxivId(`arXiv:${eprint}`)
        : undefined) ??
      findArxivId(`${field('url')} ${field('journal')} ${field('note')} ${field('doi')}`);
    const doi = findDoi(field('doi') ? `doi:${field('doi')}` : field('url'));
    if (arxiv) paper.arxiv = arxiv;
    if (doi) paper.doi = doi;
    const authors = bibtexAuthors(field('author'));
    if (authors.length > 0) paper.authors = authors;
    const year = statedYear(field('year') || field('date'));
    if (year) paper.year = year;
    for (const name of fields.keys()) summary.field(name);
    add(paper);
  });
  summary.say(warn);
}

/** Fields a paper is read from. */
const KEPT = new Set([
  'title',
  'abstract',
  'author',
  'year',
  'date',
  'eprint',
  'archiveprefix',
  'eprinttype',
  'doi',
  'url',
]);
