/**
 * A bibliography: one reference a paper, as a reading group's list or a paper's reference section
 * prints them. Each common citation style is read: authors first, then
 *   - APA, Harvard: "Gu, A., & Dao, T. (2023). Title. Venue.";
 *   - ACL, Chicago: "Albert Gu and Tri Dao. 2023. Title. Venue.";
 *   - IEEE, MLA: `[3] A. Gu and T. Dao, "Title," Venue, 2023.`;
 *   - Springer, dblp: "Gu, A., Dao, T.: Title. Venue (2023)".
 * A reference may be numbered ("[3]", "3.") and wrapped over lines, as copied from a PDF.
 */
import type { ParsedPaper } from '../types';
import { paperIds } from '../paper-ids/arxiv-id';
import { citedAuthors } from './authors';
import { count, oneLine, quoteLine } from './warning-text';

type Reference = Pick<ParsedPaper, 'title' | 'authors' | 'year' | 'arxiv' | 'doi'>;

/** A reference's number or list marker: "[12]", dblp's "[c12]", "12.", "(12)", "- ". */
const MARKER = /^(?:\[[a-z]?\d{1,6}\]|\d{1,4}[.)]|\(\d{1,4}\)|[-*•])(?:\s+|$)/;
/** A year alone on a line: a publication list's heading, never part of a reference. */
const YEAR_HEADING = /^(?:1[89]|20)\d\d$/;
const YEAR = String.raw`((?:1[89]|20)\d\d)[a-z]?`;
/** APA and Harvard: the year in brackets after the authors, a date perhaps with it. */
const BRACKET_YEAR = new RegExp(
  String.raw`^(.+?)\s*\(${YEAR}(?:,[^)]{0,30})?\)[.,:]?\s+(.+)$`,
  'u',
);
/** ACL and Chicago: the year as a sentence of its own after the authors. */
const DOT_YEAR = new RegExp(String.raw`^(.+?)\.\s+${YEAR}\.\s+(.+)$`, 'u');
/** IEEE and MLA: the title in quotes after the authors. */
const QUOTED = /^(.+?)[,.]?\s+["“]([^"”]+?)[,.]?["”]\s*(.*)$/u;
/** A title between single quotes (Harvard) or double ones, first in what follows the authors. */
const QUOTED_FIRST = /^["“‘']([^"”’]+?)[,.]?["”’']\s*(.*)$/u;
/** A sentence's end: a full stop (not an initial's), question or exclamation mark, then a space. */
const SENTENCE_END = /(?<!(?:^|[\s.-])\p{Lu})\.(?=\s|$)|[?!](?=\s|$)/u;

/** Authors, a title and the text after it, as one style writes them; the year, if it says. */
type Style = (text: string) => { names: string; title: string; rest: string; year?: string }[];

/** The title at the start of `text`, in quotes or up to its sentence's end, and what follows. */
function leadingTitle(text: string): { title: string; rest: string } {
  const quoted = QUOTED_FIRST.exec(text);
  if (quoted) return { title: quoted[1] ?? '', rest: quoted[2] ?? '' };
  const end = SENTENCE_END.exec(text);
  if (!end) return { title: text, rest: '' };
  // A question or exclamation mark belongs to the title; a full stop does not.
  const cut = end[0] === '.' ? end.index : end.index + 1;
  return { title: text.slice(0, cut), rest: text.slice(end.index + 1) };
}

const STYLES: Style[] = [
  ...[BRACKET_YEAR, DOT_YEAR].map((style) => (text: string) => {
    const m = style.exec(text);
    return m ? [{ names: m[1]!, year: m[2], ...leadingTitle(m[3]!) }] : [];
  }),
  (text) => {
    const m = QUOTED.exec(text);
    return m ? [{ names: m[1]!, title: m[2]!, rest: m[3]! }] : [];
  },
  // NeurIPS's and ICML's (natbib's plain): "Authors. Title. Venue, year." Any sentence end may
  // close the authors ("Matthew E. Peters" has a full stop too); the names tell.
  (text) =>
    [...text.matchAll(new RegExp(SENTENCE_END, 'gu'))].slice(0, 3).map((end) => ({
      names: text.slice(0, end.index),
      ...leadingTitle(text.slice(end.index + 1).trim()),
    })),
  // Springer's (LNCS) and dblp's: "Authors: Title. Venue (2023)".
  (text) => {
    const colon = text.indexOf(': ');
    // Names end at the colon, not at a sentence before it ("Gu and Dao. Mamba: …" is natbib's).
    return colon < 0 || SENTENCE_END.test(text.slice(0, colon).replace(/\bet al\./, ''))
      ? []
      : [{ names: text.slice(0, colon), ...leadingTitle(text.slice(colon + 2).trim()) }];
  },
];

/** A title worth the name: two words or more, not a venue's volume and pages. */
const titleLike = (t: string) => /\p{L}{2,}\S*\s+\S*\p{L}/u.test(t) && t.length <= 400;

/** The reference `text` (without its number) names, or undefined when it reads as none. */
export function parseReference(text: string): Reference | undefined {
  if (text.length > 2000 || !/(?:1[89]|20)\d\d/.test(text)) return undefined;
  for (const style of STYLES)
    for (const { names, title: raw, rest, year: stated } of style(text)) {
      const title = raw.trim();
      const authors = titleLike(title) ? citedAuthors(names) : undefined;
      if (!authors) continue;
      // Unless it follows the authors, the year comes after the venue: in brackets, else last.
      const year =
        stated ??
        /\(((?:1[89]|20)\d\d)\)/.exec(rest)?.[1] ??
        [...rest.matchAll(/(?<!\d)(?:1[89]|20)\d\d(?!\d)/g)].at(-1)?.[0];
      // dblp names arXiv "CoRR abs/2312.00752".
      const ids = paperIds(text.replace(/\bCoRR abs\//, 'arXiv:'));
      return { title, authors, ...(year ? { year: Number(year) } : {}), ...ids };
    }
  return undefined;
}

/** Lines one reference may be wrapped over. */
const MAX_WRAP = 5;

/**
 * The references of a dump, each with its first line: numbered ones run to the next number, and
 * an unnumbered one takes the lines after it until it reads as a reference. The rest is returned
 * as page text.
 */
function referencesOf(lines: readonly string[]) {
  const found: { ref: Reference; line: number }[] = [];
  const skipped: { text: string; line: number }[] = [];
  const filled = lines.filter((l) => l.trim() !== '');
  const markers = filled.filter((l) => MARKER.test(l.trim())).length;
  // Numbered: a fair share of the lines start with a number, wrapped references the rest.
  const numbered = markers >= 2 && markers * MAX_WRAP >= filled.length;
  const at = (i: number) => (lines[i] ?? '').trim();
  for (let i = 0; i < lines.length; i++) {
    const first = at(i);
    if (first === '') continue;
    const start = i;
    let text = first.replace(MARKER, '');
    let ref: Reference | undefined;
    if (numbered) {
      // A numbered reference runs to the next number, blank line or year heading (MAX_WRAP lines).
      const goesOn = (line: string) =>
        line !== '' && !MARKER.test(line) && !YEAR_HEADING.test(line);
      while (i + 1 < start + MAX_WRAP && goesOn(at(i + 1))) text = oneLine(`${text} ${at(++i)}`);
      ref = parseReference(text);
    } else {
      ref = parseReference(text);
      // Wrapped: the lines after it, none a reference alone, while it does not read as one yet
      // or the line goes on a sentence the last one left open.
      let joined = text;
      for (let j = i + 1; j < start + MAX_WRAP && at(j) !== '' && !parseReference(at(j)); j++) {
        if (ref && /[.?!]$/.test(joined) && !/^[\p{Ll}\d]/u.test(at(j))) break;
        joined = oneLine(`${joined} ${at(j)}`);
        const wider = parseReference(joined);
        if (wider) [ref, i] = [wider, j];
      }
    }
    if (ref) found.push({ ref, line: start + 1 });
    else skipped.push({ text: first, line: start + 1 });
  }
  return { found, skipped };
}

/** Whether the dump is a bibliography: more of its first entries read as references than not. */
export function isReferenceList(lines: readonly string[]): boolean {
  const { found, skipped } = referencesOf(lines.slice(0, 1000));
  // A publication list's year headings are no evidence against it.
  const other = skipped.filter((s) => !YEAR_HEADING.test(s.text)).length;
  return found.length >= 2 && found.length > other;
}

/** The papers of a bibliography, in order, through `add`; other lines are warned as page text. */
export function readReferences(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  const { found, skipped } = referencesOf(lines);
  for (const { ref, line } of found) add({ ...ref, abstract: '', titleLine: line });
  for (const { text, line } of skipped)
    warn(line, `skipped text that reads as no reference: ${quoteLine(text)}`);
  warn(
    1,
    `the list gives no abstracts: the tags, topics and claims of its ${count(found.length, 'paper', 'papers')} come from their titles alone`,
  );
}
