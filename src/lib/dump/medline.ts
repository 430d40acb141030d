/**
 * PubMed's MEDLINE format (PubMed's "Save → PubMed format", `.nbib`): each record opens with
 * `PMID- `, each line is a tag padded to four characters, `- ` and a value, and a line indented by
 * six spaces continues the value above it. A record's title (`TI`), abstract (`AB`), authors
 * (`FAU`, full names, else `AU`), year (`DP`) and DOI (`LID`/`AID` marked `[doi]`; arXiv's own
 * DOI gives the arXiv id) are read.
 */
import type { ParsedPaper } from '../types';
import { findArxivId, findDoi } from '../paper-ids/arxiv-id';
import { oneAuthor, statedYear } from './authors';
import { RecordSummary, recordPaper, type FieldAt } from './record-paper';
import { oneLine, quoteLine } from './warning-text';

const TAG_LINE = /^([A-Z]{2,4}) {0,2}- (.*)$/;
const CONTINUED = /^ {6}\S/;

/** Whether the dump is in MEDLINE format: its first non-blank line opens a record. */
export function isMedline(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && /^PMID- ?\d+\s*$/.test(first.trim());
}

/** Tags a paper is read from. */
const KEPT = new Set(['PMID', 'TI', 'AB', 'FAU', 'AU', 'DP', 'LID', 'AID']);

/** The papers of a MEDLINE file, in order, through `add`. */
export function readMedline(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  let fields: Map<string, FieldAt[]> | undefined;
  let start = 0;
  let last: FieldAt | undefined;
  const summary = new RecordSummary(
    {
      has: ['PubMed record has', 'PubMed records have'],
      fields: 'PubMed tags',
      kept: 'title, abstract, authors, year and DOI',
    },
    KEPT,
  );
  const finish = () => {
    if (fields) toPaper(fields, start);
    fields = undefined;
    last = undefined;
  };
  const toPaper = (f: Map<string, FieldAt[]>, line: number) => {
    const title = f.get('TI')?.[0];
    if (!title || oneLine(title.value) === '') {
      warn(line, 'PubMed record has no title (TI), skipped');
      return;
    }
    const paper = recordPaper(title, f.get('AB')?.[0]);
    // MEDLINE ends every title with a period and brackets a translated one: "[Title in English]."
    paper.title = paper.title.replace(/^\[(.*)\]\.?$/, '$1').replace(/(?<!\.)\.$/, '');
    summary.paper(paper, line);
    const doi = [...(f.get('LID') ?? []), ...(f.get('AID') ?? [])].find((v) =>
      /\[doi\]\s*$/.test(v.value),
    );
    const value = doi ? `doi:${doi.value.replace(/\[doi\]\s*$/, '')}` : '';
    // arXiv's own DOI (10.48550/arXiv.…) names the paper's arXiv id.
    const arxiv = findArxivId(value);
    const found = findDoi(value);
    if (arxiv) paper.arxiv = arxiv;
    if (found) paper.doi = found;
    // Full names ("Gu, Albert") where the record has them; "Gu A" otherwise.
    const names = (f.get('FAU') ?? f.get('AU') ?? []).flatMap((v) => oneAuthor(v.value));
    if (names.length > 0) paper.authors = names;
    const year = statedYear(f.get('DP')?.[0]?.value ?? '');
    if (year) paper.year = year;
    add(paper);
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = (lines[i] ?? '').trimEnd();
    if (raw.trim() === '') continue;
    if (CONTINUED.test(raw) && last) {
      last.value += ` ${raw.trim()}`;
      continue;
    }
    const tagged = TAG_LINE.exec(raw);
    if (!tagged) {
      warn(n, `skipped a line outside the MEDLINE format: ${quoteLine(raw)}`);
      continue;
    }
    const tag = tagged[1]!;
    if (tag === 'PMID') {
      finish();
      fields = new Map();
      start = n;
    }
    if (!fields) {
      warn(n, `skipped a ${tag} line before any record (no PMID before it)`);
      continue;
    }
    last = { value: (tagged[2] ?? '').trim(), line: n };
    fields.set(tag, [...(fields.get(tag) ?? []), last]);
    summary.field(tag);
  }
  finish();
  summary.say(warn);
}
