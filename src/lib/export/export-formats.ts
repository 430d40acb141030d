/** The export formats as data, so a download menu can list them and name files without a switch. */
import type { Paper } from '../types';
import type { ExportOptions } from './export-options';
import { toBibtex } from './to-bibtex';
import { toCsv } from './to-csv';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';

export type ExportFormatId = 'markdown' | 'csv' | 'json' | 'bibtex';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  extension: string;
  mimeType: string;
  render: (papers: readonly Paper[], opts: ExportOptions) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown',
    extension: 'md',
    mimeType: 'text/markdown;charset=utf-8',
    render: toMarkdown,
  },
  { id: 'csv', label: 'CSV', extension: 'csv', mimeType: 'text/csv;charset=utf-8', render: toCsv },
  { id: 'json', label: 'JSON', extension: 'json', mimeType: 'application/json', render: toJson },
  {
    id: 'bibtex',
    label: 'BibTeX',
    extension: 'bib',
    mimeType: 'application/x-bibtex;charset=utf-8',
    render: toBibtex,
  },
];
