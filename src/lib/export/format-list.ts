/**
 * The export formats a menu lists, without their code: the writers (export-formats.ts) load when
 * a download is asked for, so the search page does not carry them.
 */
export type ExportFormatId = 'markdown' | 'csv' | 'json' | 'bibtex' | 'ris';

export interface ExportFormatInfo {
  id: ExportFormatId;
  label: string;
  extension: string;
  /** Without a charset: the download adds UTF-8. */
  mimeType: string;
}

export const FORMAT_LIST: readonly ExportFormatInfo[] = [
  { id: 'markdown', label: 'Markdown', extension: 'md', mimeType: 'text/markdown' },
  { id: 'csv', label: 'CSV', extension: 'csv', mimeType: 'text/csv' },
  { id: 'json', label: 'JSON', extension: 'json', mimeType: 'application/json' },
  { id: 'bibtex', label: 'BibTeX', extension: 'bib', mimeType: 'application/x-bibtex' },
  // EndNote, Mendeley and Zotero read it; the type is the one Zotero registers.
  { id: 'ris', label: 'RIS', extension: 'ris', mimeType: 'application/x-research-info-systems' },
];
