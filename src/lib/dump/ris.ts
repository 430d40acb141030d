/**
 * RIS files, the tagged format Zotero, Mendeley, EndNote, Scopus and most publishers export:
 * `TY  - JOUR` opens a record, `ER  -` closes it, and each line between is `XX  - value`, a line
 * without a tag continuing the one before (wrapped abstracts). A record's title (`TI`/`T1`),
 * abstract (`AB`/`N2`), authors (`AU`/`A1`), year (`PY`/`Y1`/`DA`), DOI (`DO`) and links
 * (`UR`/`L1`/`L2`) are read; its own arXiv id comes from its links or DOI.
 */
import type { ParsedPaper } from '../types';
import { findArxivId, findDoi } from '../paper-ids/arxiv-id';
import { oneAuthor, statedYear } from './authors';
import { RecordSummary, recordPaper, type FieldAt } from './record-paper';
import { oneLine, quoteLine } from './warning-text';

/** `XX  - value`: two capitals or a capital and a digit; exporters vary the spaces a little. */
const TAG_LINE = /^([A-Z][A-Z0-9])\s{1,2}-(?: (.*)|\s*)$/;

/** Whether the dump is RIS: its first line that is not blank opens a record. */
export function isRis(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && /^TY\s{1,2}- ?\S/.test(first.replace(/^\uFEFF/, ''));
}

/** Tags a paper is read from. */
const KEPT = new Set('TY ER TI T1 AB N2 AU A1 PY Y1 DA DO UR L1 L2'.split(' '));

interface RisRecord {
  line: number;
  /** Values by tag, in order, each with the line it started on. */
  fields: Map<string, FieldAt[]>;
}

/** The papers of an RIS file, in order, through `add`. */
export function readRis(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  let rec: RisRecord | undefined;
  let last: FieldAt | undefined;
  const summary = new RecordSummary(
    {
      has: ['RIS record has', 'RIS records have'],
      fields: 'RIS tags',
      kept: 'title, abstract, authors, year and ids',
    },
    KEPT,
  );
  const finish = () => {
    if (rec) toPaper(rec);
    rec = undefined;
    last = undefined;
  };
  const toPaper = ({ line, fields }: RisRecord) => {
    const all = (...tags: string[]) => tags.flatMap((t) => fields.get(t) ?? []);
    const first = (...tags: string[]) => all(...tags)[0];
    const title = first('TI', 'T1');
    if (!title || oneLine(title.value) === '') {
      warn(line, 'RIS record has no title (TI), skipped');
      return;
    }
    const abstract = first('AB', 'N2');
    const paper = recordPaper(title, abstract);
    summary.paper(paper, line);
    const links = all('UR', 'L1', 'L2', 'DO')
      .map((f) => f.value)
      .join(' ');
    const arxiv = findArxivId(links);
    const doi = findDoi(first('DO') ? `doi:${first('DO')!.value}` : links);
    if (arxiv) paper.arxiv = arxiv;
    if (doi) paper.doi = doi;
    // One author a line, "Last, First" as a rule.
    const authors = all('AU', 'A1').flatMap((f) => oneAuthor(f.value));
    if (authors.length > 0) paper.authors = authors;
    const year = statedYear(first('PY', 'Y1', 'DA')?.value ?? '');
    if (year) paper.year = year;
    add(paper);
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    // trim drops a byte-order mark too.
    const raw = (lines[i] ?? '').trim();
    const tagged = TAG_LINE.exec(raw);
    if (!tagged) {
      // A wrapped value goes on; a blank line between records is nothing.
      if (raw.trim() === '') continue;
      if (last) last.value += ` ${raw.trim()}`;
      else warn(n, `skipped a line outside any RIS record: ${quoteLine(raw)}`);
      continue;
    }
    const tag = tagged[1]!;
    const value = (tagged[2] ?? '').trim();
    if (tag === 'TY') {
      if (rec) warn(rec.line, 'RIS record not closed by ER, read up to the next TY');
      finish();
      rec = { line: n, fields: new Map() };
    } else if (tag === 'ER') {
      finish();
    } else if (rec) {
      last = { value, line: n };
      rec.fields.set(tag, [...(rec.fields.get(tag) ?? []), last]);
      summary.field(tag);
    } else {
      warn(n, `skipped a ${tag} line outside any RIS record (no TY before it)`);
    }
  }
  if (rec) warn(rec.line, 'RIS record not closed by ER at the end of the file, read as it stands');
  finish();
  summary.say(warn);
}
