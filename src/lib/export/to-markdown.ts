/** A Markdown reading list: one line per paper, linking to its page on the site. */
import type { Paper } from '../types';
import type { ExportOptions } from './export-options';
import { pageUrl, tagLabels } from './export-options';
import { formatByline } from '../byline';

export interface MarkdownOptions extends ExportOptions {
  /** Level-1 heading above the list; empty for none. */
  heading?: string;
}

/**
 * Backslash-escapes what would change how inline text renders: emphasis, code, links, HTML,
 * GFM tables and strikethrough, and character references like "&amp;". Line breaks become spaces
 * so one paper stays one list item. Other punctuation ("-", ".", "#") is harmless mid-line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
}

/** A link destination that cannot end the link early: spaces and parentheses are percent-encoded. */
function destination(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

export function toMarkdown(papers: readonly Paper[], opts: MarkdownOptions): string {
  const heading = opts.heading ?? 'Reading list';
  const lines = papers.map((p) => {
    const link = `[${escapeMarkdown(p.title)}](${destination(pageUrl(opts.baseUrl, p.slug))})`;
    // "; " between items: some labels hold commas ("DNA, RNA, proteins & chemistry").
    const about = [formatByline(p.authors, p.year, 3), p.name ?? '', ...tagLabels(p, opts.taxonomy)]
      .filter((s) => s)
      .map(escapeMarkdown);
    return about.length > 0 ? `- ${link} — ${about.join('; ')}` : `- ${link}`;
  });
  const head = heading ? `# ${escapeMarkdown(heading)}\n\n` : '';
  return `${head}${lines.join('\n')}\n`;
}
