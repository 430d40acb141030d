/** The export formats as data, so a download menu can list them and name files without a switch. */
import type { Paper } from '../types';
import type { ExportOptions } from './export-options';
import { toBibtex } from './to-bibtex';
import { toCsv } from './to-csv';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';
import { toRis } from './to-ris';
import { FORMAT_LIST } from './format-list';
import type { ExportFormatId, ExportFormatInfo } from './format-list';

export type { ExportFormatId } from './format-list';

/** Byte-order mark: tells spreadsheet apps the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** What a format needs besides the papers: the site's base URL, and the Markdown list's heading. */
export type RenderOptions = ExportOptions & { heading?: string };

export interface ExportFormat extends ExportFormatInfo {
  render: (papers: readonly Paper[], opts: RenderOptions) => string;
}

const RENDER: Record<ExportFormatId, ExportFormat['render']> = {
  markdown: toMarkdown,
  // Excel reads a CSV without a byte-order mark in the local code page, garbling non-ASCII.
  csv: (papers) => `${UTF8_BOM}${toCsv(papers)}`,
  json: toJson,
  bibtex: toBibtex,
  ris: toRis,
};

export const EXPORT_FORMATS: readonly ExportFormat[] = FORMAT_LIST.map((f) => ({
  ...f,
  render: RENDER[f.id],
}));
