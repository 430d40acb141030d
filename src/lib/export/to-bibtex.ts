/**
 * BibTeX export. The dump holds titles and abstracts only, so each entry is an honest @misc with
 * the title, the paper's page and a note saying so: no authors, years or venues are invented.
 */
import type { Paper } from '../types';
import type { ExportOptions } from './export-options';
import { pageUrl } from './export-options';

const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes TeX specials in one pass, so the braces added for "\" are not escaped again. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_~^]/g, (c) => TEX_SPECIAL[c] ?? c);
}

/** Inside \url{...} only these break the argument or the .bib parser. */
function escapeUrl(url: string): string {
  return url.replace(/[%#{}\\]/g, (c) => (c === '\\' ? '' : `\\${c}`));
}

/** Citation keys allow letters, digits and "-"; slugs already fit, but a key is never empty. */
function citationKey(p: Paper): string {
  const key = p.slug.replace(/[^a-z0-9-]/gi, '');
  return key || `paper-${p.index + 1}`;
}

function entry(p: Paper, opts: ExportOptions): string {
  const note = `${p.name ? `${p.name}. ` : ''}Listed in Paper Explorer; authors and year are not in the source listing.`;
  return [
    `@misc{${citationKey(p)},`,
    // Double braces keep the title's capitalisation ("Longformer", "KV") in every style.
    `  title = {{${escapeBibtex(p.title)}}},`,
    `  howpublished = {\\url{${escapeUrl(pageUrl(opts.baseUrl, p.slug))}}},`,
    `  note = {${escapeBibtex(note)}}`,
    '}',
  ].join('\n');
}

export function toBibtex(papers: readonly Paper[], opts: ExportOptions): string {
  return papers.length === 0 ? '' : `${papers.map((p) => entry(p, opts)).join('\n\n')}\n`;
}
