/**
 * What the readers of tagged records (bibtex.ts, ris.ts, medline.ts) share: a field's place, the
 * paper a record's fields make, and the summary of what they left out.
 */
import type { ParsedPaper } from '../types';
import { count, firstFew, oneLine } from './warning-text';

/** A field's value and the dump line it starts on. */
export interface FieldAt {
  value: string;
  line: number;
}

/** The paper of a record's title and abstract fields, each value on one line. */
export function recordPaper(title: FieldAt, abstract: FieldAt | undefined): ParsedPaper {
  return {
    title: oneLine(title.value),
    abstract: abstract ? oneLine(abstract.value) : '',
    titleLine: title.line,
    ...(abstract ? { abstractLine: abstract.line } : {}),
  };
}

/** How a record reader names its records and fields in its summary warnings. */
export interface RecordWords {
  /** "RIS record has", "RIS records have". */
  has: [one: string, many: string];
  /** "RIS tags". */
  fields: string;
  /** What a paper is read from: "title, abstract, authors, year and ids". */
  kept: string;
  /** Said after "kept with the title alone": where to get abstracts. */
  hint?: string;
}

/** What a record reader leaves out, said once at the end rather than once a record. */
export class RecordSummary {
  private titlesOnly = 0;
  private firstTitleOnly = 0;
  private firstPaper = 0;
  private readonly unread = new Set<string>();

  constructor(
    private readonly words: RecordWords,
    private readonly keeps: ReadonlySet<string>,
  ) {}

  /** A record's paper, the record starting at `line`. */
  paper(paper: ParsedPaper, line: number): void {
    this.firstPaper ||= line;
    if (paper.abstract === '' && this.titlesOnly++ === 0) this.firstTitleOnly = line;
  }

  /** A field some record has. */
  field(name: string): void {
    if (!this.keeps.has(name)) this.unread.add(name);
  }

  say(warn: (line: number, message: string) => void): void {
    const { has, fields, kept, hint = '' } = this.words;
    if (this.titlesOnly > 0)
      warn(
        this.firstTitleOnly,
        `${count(this.titlesOnly, ...has)} no abstract (kept with the title alone${hint})`,
      );
    if (this.unread.size > 0)
      warn(
        this.firstPaper || 1,
        `${fields} not kept (a paper here is its ${kept}): ${firstFew([...this.unread].sort(), 8)}`,
      );
  }
}
