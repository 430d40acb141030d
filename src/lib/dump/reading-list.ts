/**
 * A reading list: one paper a list item ("1. Title", "- Title", "* [Title](https://arxiv.org/abs/…)"),
 * its abstract, when the list gives one, on the lines below it. A link or an arXiv id after the
 * title names the paper itself: it becomes the paper's id instead of staying in its title.
 */
import type { ParsedPaper } from '../types';
import { findArxivId, findDoi, paperIds } from '../paper-ids/arxiv-id';
import { citedAuthors, statedYear } from './authors';
import { classifyLine } from './classify-line';
import { quoteLine } from './warning-text';

/** A list marker and the item's text. */
const ITEM = /^(?:\d{1,4}[.)]|\(\d{1,4}\)|[-*•·–+])\s+(\S.*)$/;
/** A link or id after the title: ` (url)`, ` — url`, ` url`, ` arXiv:id`, ` [arXiv:id]`. */
const TRAILING_REF =
  /\s*(?:[-–—:|,]\s*)?[([]?\s*((?:https?:\/\/|arXiv:\s*)[^\s)\]]+)\s*[)\]]?\s*$/i;

function itemText(line: string): string | undefined {
  if (line.length > 300) return undefined;
  const text = ITEM.exec(line)?.[1];
  return text !== undefined && classifyLine(text) !== 'abstract' ? text : undefined;
}

/**
 * Whether the dump is a list of papers: list items make at least a fifth of its lines (each item
 * may have its authors, venue and abstract below it), and no more abstracts than items.
 */
export function isReadingList(lines: readonly string[]): boolean {
  let items = 0;
  let other = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (itemText(line) !== undefined) items++;
    else other++;
  }
  if (items < 2 || items < 0.2 * (items + other)) return false;
  // Only now, as it classifies every line: a listing of titles and abstracts stops above.
  let abstracts = 0;
  for (const raw of lines) if (classifyLine(raw.trim()) === 'abstract') abstracts++;
  return abstracts <= items;
}

/** A title set off by Markdown, a link or emphasis, and what follows it: `[T](url) — Gu, 2023`. */
const MARKED_TITLE =
  /^(?:\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|\*\*(.+?)\*\*|\*(.+?)\*)(?:\s+(.*))?$/;
/** Who and when, after a plain title: "— Gu and Dao, 2023", "(Zaheer et al., NeurIPS 2020)". */
const CREDIT = /\s+(?:[—–]\s+([^—–]+)|\(([^()]+)\))\.?$/;
/** A credit's venue and year, to leave its names: ", NeurIPS 2020", " (2023)". */
const VENUE_YEAR = /[\s,.;(]*(?:[\p{L}-]+\s+)?\(?(?:1[89]|20)\d\d\b.*$/u;

/** The year a credit gives and, when it names them in full, the authors. */
function creditOf(text: string): Pick<ParsedPaper, 'authors' | 'year'> {
  const year = statedYear(text);
  const authors = citedAuthors(text.replace(VENUE_YEAR, '').replace(/^[\s—–-]+/, ''));
  return { ...(authors ? { authors } : {}), ...(year ? { year } : {}) };
}

/** Markdown links in what follows a title: an awesome list's `[[GitHub](https://…)]`. */
const CREDIT_LINK = /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

/**
 * The title of an item, the ids its link or reference names, the authors and year it gives, and
 * the links after it (code, project pages).
 */
export function readItem(
  text: string,
): Pick<ParsedPaper, 'title' | 'arxiv' | 'doi' | 'authors' | 'year' | 'links'> {
  let title = text.trim();
  let credit: string | undefined;
  const refs: (string | undefined)[] = [];
  const links: { url: string; label: string }[] = [];
  const marked = MARKED_TITLE.exec(title);
  if (marked) {
    const [, linked, url, strong, emphasis, after] = marked;
    // `[**Title.**](url)`: the emphasis and the full stop are the list's, not the title's.
    title = (linked ?? strong ?? emphasis ?? title)
      .replace(/^\*\*(.+)\*\*$|^\*(.+)\*$/, '$1$2')
      .replace(/(?<=\p{L})\.$/u, '');
    refs.push(url);
    credit = after?.replace(CREDIT_LINK, (_, label: string, href: string) => {
      links.push({ url: href, label: label.replace(/^\[|\]$/g, '') });
      return '';
    });
    credit = credit?.replace(/\*\*|\*|\[\s*\]/g, '').trim();
  }
  // A link or id at the end: of what follows a marked title, else of the title itself.
  const trailing = TRAILING_REF.exec(credit ?? (marked ? '' : title));
  if (trailing && (marked || trailing.index > 0)) {
    refs.push(trailing[1]);
    if (marked) credit = credit?.slice(0, trailing.index);
    else title = title.slice(0, trailing.index);
  }
  if (!marked) {
    // Only a credit with a year is told from a title's own words in brackets ("(S4)").
    const tail = CREDIT.exec(title);
    const said = tail?.[1] ?? tail?.[2];
    if (tail && said && statedYear(said)) {
      title = title.slice(0, tail.index);
      credit = said;
    }
  }
  const ref = refs.find((r) => r && (findArxivId(r) ?? findDoi(r))) ?? refs.find(Boolean);
  const arxiv = ref ? findArxivId(ref) : undefined;
  const doi = ref && !arxiv ? findDoi(ref) : undefined;
  // A link that names no paper (a project page, a blog) stays with the title: nothing is lost.
  if (ref && !arxiv && !doi) return { title: text };
  return {
    title: title.trim(),
    ...(arxiv ? { arxiv } : {}),
    ...(doi ? { doi } : {}),
    ...(credit ? creditOf(credit) : {}),
    ...(links.length > 0 ? { links } : {}),
  };
}

/** The papers of a reading list, in order, through `add`. */
export function readReadingList(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  let open: ParsedPaper | undefined;
  let titlesOnly = 0;
  let notes = 0;
  let firstNote = 0;
  const close = (): void => {
    if (!open) return;
    if (open.abstract === '') titlesOnly++;
    add(open);
    open = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const text = itemText(line);
    if (text !== undefined) {
      close();
      open = { ...readItem(text), abstract: '', titleLine: n };
    } else if (open && /^(?:abstract|either)$/.test(classifyLine(line))) {
      // The item's abstract, over one line or several.
      open.abstract = open.abstract ? `${open.abstract} ${line}` : line;
      open.abstractLine ??= n;
    } else if (open) {
      // A short line under an item: its authors or venue, where a list may give the paper's link.
      if (!open.arxiv && !open.doi) Object.assign(open, paperIds(line));
      if (notes++ === 0) firstNote = n;
    } else {
      warn(n, `skipped page text: ${quoteLine(line)}`);
    }
  }
  close();
  if (notes > 0)
    warn(firstNote, `skipped ${notes} short lines under the list's items (authors, venues, links)`);
  if (titlesOnly > 0)
    warn(
      1,
      `${titlesOnly} of the list's papers ${titlesOnly === 1 ? 'has' : 'have'} no abstract: their tags, topics and claims come from their titles alone`,
    );
}
