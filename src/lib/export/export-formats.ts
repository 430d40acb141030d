/** The export formats as data, so a download menu can list them and name files without a switch. */
import type { Paper } from '../types';
import type { ExportOptions } from './export-options';
import { toBibtex } from './to-bibtex';
import { toCsv } from './to-csv';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';

/** Byte-order mark: tells spreadsheet apps the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

export type ExportFormatId = 'markdown' | 'csv' | 'json' | 'bibtex';

/** What a format needs besides the papers: the site's base URL, and the Markdown list's heading. */
export type RenderOptions = ExportOptions & { heading?: string };

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  extension: string;
  /** Without a charset: the download adds UTF-8. */
  mimeType: string;
  render: (papers: readonly Paper[], opts: RenderOptions) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown',
    extension: 'md',
    mimeType: 'text/markdown',
    render: toMarkdown,
  },
  {
    id: 'csv',
    label: 'CSV',
    extension: 'csv',
    mimeType: 'text/csv',
    // Excel reads a CSV without a byte-order mark in the local code page, garbling non-ASCII.
    render: (papers) => `${UTF8_BOM}${toCsv(papers)}`,
  },
  { id: 'json', label: 'JSON', extension: 'json', mimeType: 'application/json', render: toJson },
  {
    id: 'bibtex',
    label: 'BibTeX',
    extension: 'bib',
    mimeType: 'application/x-bibtex',
    render: toBibtex,
  },
];
