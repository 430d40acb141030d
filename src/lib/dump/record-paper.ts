/** What the readers of tagged records (bibtex.ts, ris.ts) share: a field's place and the paper it starts. */
import type { ParsedPaper } from '../types';
import { oneLine } from './warning-text';

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
