/**
 * A reading list: one paper a list item ("1. Title", "- Title", "* [Title](https://arxiv.org/abs/…)"),
 * its abstract, when the list gives one, on the lines below it. A link or an arXiv id after the
 * title names the paper itself: it becomes the paper's id instead of staying in its title.
 */
import type { ParsedPaper } from '../types';
import { findArxivId, findDoi, paperIds } from '../paper-ids/arxiv-id';
import { classifyLine } from './classify-line';
import { quoteLine } from './warning-text';

/** A list marker and the item's text. */
const ITEM = /^(?:\d{1,4}[.)]|\(\d{1,4}\)|[-*•·–+])\s+(\S.*)$/;
/** `[Title](url)`: Markdown's link, the whole item. */
const MD_LINK = /^\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)$/;
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

/** The title of an item and the ids its link or reference names. */
export function readItem(text: string): Pick<ParsedPaper, 'title' | 'arxiv' | 'doi'> {
  let title = text;
  let ref: string | undefined;
  const md = MD_LINK.exec(title);
  if (md) [, title = '', ref] = md;
  else {
    const trailing = TRAILING_REF.exec(title);
    if (trailing && trailing.index > 0) {
      ref = trailing[1];
      title = title.slice(0, trailing.index);
    }
  }
  const arxiv = ref ? findArxivId(ref) : undefined;
  const doi = ref && !arxiv ? findDoi(ref) : undefined;
  // A link that names no paper (a project page, a blog) stays with the title: nothing is lost.
  if (ref && !arxiv && !doi) return { title: text };
  // Emphasis around the title: "**Title**", "*Title*".
  title = title.trim().replace(/^\*\*(.+)\*\*$|^\*(.+)\*$/, '$1$2');
  return { title, ...(arxiv ? { arxiv } : {}), ...(doi ? { doi } : {}) };
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
