/**
 * What the browser needs of a paper's ids: a shape check for ids read from corpus files, their
 * URLs and the month an arXiv id was first posted. Detection in text (arxiv-id.ts) runs at build
 * time only, so the page does not carry its patterns.
 */

const ARXIV_SHAPE = /^(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?\/\d{7})$/;
const DOI_SHAPE = /^10\.\d{4,9}\/[^\s"'<>{}[\]\\^`|]+$/;

/** A canonical arXiv id as the build records it (no version). */
export function hasArxivShape(id: string): boolean {
  return ARXIV_SHAPE.test(id);
}
export function hasDoiShape(doi: string): boolean {
  return DOI_SHAPE.test(doi);
}

export interface PostedMonth {
  year: number;
  /** 1–12. */
  month: number;
}

/** The month the paper was first posted, read from its id (2401.01234 → January 2024). */
export function postedMonth(id: string): PostedMonth | undefined {
  const m = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id) ?? /\/(\d{2})(\d{2})\d{3}$/.exec(id);
  if (!m) return undefined;
  const yy = Number(m[1]);
  return { year: (yy >= 91 ? 1900 : 2000) + yy, month: Number(m[2]) };
}

/** A sortable number for the posted month (later is larger); NaN without an id. */
export function postedKey(id: string | undefined): number {
  const p = id ? postedMonth(id) : undefined;
  return p ? p.year * 12 + p.month - 1 : Number.NaN;
}

/** The year a paper is dated to: the listing's, else the one its arXiv id was posted in. */
export function datedYear(p: { arxiv?: string | undefined; year?: number | undefined }) {
  return p.year ?? (p.arxiv ? postedMonth(p.arxiv)?.year : undefined);
}

/**
 * The month a paper is dated to, as postedKey counts: within the year datedYear gives (the one a
 * card shows and the year filter reads), its arXiv month where that falls in it, else its January.
 * NaN when undated.
 */
export function datedKey(p: { arxiv?: string | undefined; year?: number | undefined }): number {
  const posted = postedKey(p.arxiv);
  // A stated year (a venue's) can differ from the arXiv one: the year shown decides.
  return !p.year || Math.floor(posted / 12) === p.year ? posted : p.year * 12;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "January 2024". */
export function formatPostedMonth(p: PostedMonth): string {
  return `${MONTHS[p.month - 1] ?? ''} ${p.year}`;
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}
export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
