import type { Paper } from '../../lib/types';
import { toBibtex } from '../../lib/export/to-bibtex';
import { toCsv } from '../../lib/export/to-csv';
import { toJson } from '../../lib/export/to-json';
import { toMarkdown } from '../../lib/export/to-markdown';

/** Byte-order mark: tells spreadsheet apps the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

export interface ExportContext {
  /** Where `/paper/<slug>` is served, so exported links work outside the site. */
  baseUrl: string;
  /** Heading of the Markdown list. */
  heading: string;
}

export interface ExportFormat {
  label: string;
  ext: string;
  mime: string;
  render: (papers: readonly Paper[], ctx: ExportContext) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    label: 'Markdown',
    ext: 'md',
    mime: 'text/markdown',
    render: (papers, ctx) => toMarkdown(papers, { baseUrl: ctx.baseUrl, heading: ctx.heading }),
  },
  {
    label: 'CSV',
    ext: 'csv',
    mime: 'text/csv',
    // Excel reads a CSV without a byte-order mark in the local code page, garbling non-ASCII.
    render: (papers) => `${UTF8_BOM}${toCsv(papers)}`,
  },
  {
    label: 'JSON',
    ext: 'json',
    mime: 'application/json',
    render: (papers, ctx) => toJson(papers, { baseUrl: ctx.baseUrl }),
  },
  {
    label: 'BibTeX',
    ext: 'bib',
    mime: 'application/x-bibtex',
    render: (papers, ctx) => toBibtex(papers, { baseUrl: ctx.baseUrl }),
  },
];

/** The site's root as the browser sees it (origin plus Vite's base path). */
export function siteBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
