/**
 * BibTeX export. Authors and year are those the listing stated (a Hugging Face dump states none,
 * and none are invented); the abstract goes in `abstract` (reference managers keep it, and a dump
 * of this file reads back the same papers: bibtex.ts).
 * A paper whose abstract names its arXiv id is an @article with eprint/archivePrefix (what arXiv's
 * own BibTeX gives), its year read from the id and `url` its arXiv page; any other is a @misc whose
 * `url` is its page on the public site (never a localhost address; left out when there is none).
 */
import type { Paper } from '../types';
import type { ExportOptions } from './export-options';
import { citationUrl } from './export-options';
import { datedYear } from '../paper-ids/id-format';

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

/**
 * `url` fields are read verbatim (biblatex, natbib's \url): only braces and backslashes would
 * break the field, and they are percent-encoded, which a URL allows.
 */
function escapeUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

/** Citation keys allow letters, digits and "-"; slugs already fit, but a key is never empty. */
function citationKey(p: Paper): string {
  const key = p.slug.replace(/[^a-z0-9-]/gi, '');
  return key || `paper-${p.index + 1}`;
}

/** "A and B": a name holding a comma or "and" is braced, so it stays one name. */
function authorField(authors: readonly string[]): string {
  return authors
    .map((a) => (/,|\band\b/i.test(a) ? `{${escapeBibtex(a)}}` : escapeBibtex(a)))
    .join(' and ');
}

function entry(p: Paper, opts: ExportOptions): string {
  const year = datedYear(p);
  const authors = p.authors ?? [];
  const missing = [...(authors.length ? [] : ['authors']), ...(year ? [] : ['year'])];
  const listed = missing.length
    ? `Listed in Paper Explorer; ${missing.join(' and ')} ${missing.join() === 'year' ? 'is' : 'are'} not in the source listing.`
    : 'Listed in Paper Explorer.';
  const note = `${p.name ? `${p.name}. ` : ''}${listed}`;
  const url = citationUrl(p, opts);
  const fields = [
    // Double braces keep the title's capitalisation ("Longformer", "KV") in every style.
    `title = {{${escapeBibtex(p.title)}}}`,
    ...(authors.length ? [`author = {${authorField(authors)}}`] : []),
    ...(p.abstract ? [`abstract = {${escapeBibtex(p.abstract)}}`] : []),
    ...(p.arxiv
      ? [
          `journal = {arXiv preprint arXiv:${escapeBibtex(p.arxiv)}}`,
          `eprint = {${escapeBibtex(p.arxiv)}}`,
          'archivePrefix = {arXiv}',
        ]
      : []),
    ...(year ? [`year = {${year}}`] : []),
    ...(p.doi ? [`doi = {${escapeBibtex(p.doi)}}`] : []),
    ...(url ? [`url = {${escapeUrl(url)}}`] : []),
    `note = {${escapeBibtex(note)}}`,
  ];
  return [
    `@${p.arxiv ? 'article' : 'misc'}{${citationKey(p)},`,
    fields.map((f) => `  ${f}`).join(',\n'),
    '}',
  ].join('\n');
}

export function toBibtex(papers: readonly Paper[], opts: ExportOptions): string {
  return papers.length === 0 ? '' : `${papers.map((p) => entry(p, opts)).join('\n\n')}\n`;
}
