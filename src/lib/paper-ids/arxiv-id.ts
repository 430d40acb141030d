/**
 * arXiv identifiers and DOIs written in an abstract or its links. The dump has no id column, so
 * an id counts only where its context says it is one: an `arXiv:` prefix, an arxiv.org or
 * huggingface.co/papers URL, arXiv's DataCite DOI, or an old-style id with a real archive name
 * (`cs/0112017`). A bare `2401.01234` is a number, not an id. Each id is checked against the
 * scheme's calendar (new style from April 2007: 4 digits to 2014, 5 from 2015; old style
 * 1991 to March 2007), so `arXiv:2413.01234` is no id.
 */

/** Archives of old-style ids (`archive/YYMMNNN`), as arXiv listed them. */
const OLD_ARCHIVES = [
  'acc-phys',
  'adap-org',
  'alg-geom',
  'ao-sci',
  'astro-ph',
  'atom-ph',
  'bayes-an',
  'chao-dyn',
  'chem-ph',
  'cmp-lg',
  'comp-gas',
  'cond-mat',
  'cs',
  'dg-ga',
  'funct-an',
  'gr-qc',
  'hep-ex',
  'hep-lat',
  'hep-ph',
  'hep-th',
  'math',
  'math-ph',
  'mtrl-th',
  'nlin',
  'nucl-ex',
  'nucl-th',
  'patt-sol',
  'physics',
  'plasm-ph',
  'q-alg',
  'q-bio',
  'quant-ph',
  'solv-int',
  'supr-con',
];

const NEW_ID = String.raw`(\d{4})\.(\d{4,5})(?:v\d{1,3})?`;
const OLD_ID = String.raw`(${OLD_ARCHIVES.join('|')})(?:\.[A-Za-z]{2})?\/(\d{7})(?:v\d{1,3})?`;
/** What may stand before an id: `arXiv:`, `arXiv `, an arXiv or Hugging Face papers URL path, arXiv's DOI prefix. */
const PREFIX = String.raw`(?:\barxiv\s*:?\s*|\barxiv\.org\/(?:abs|pdf|html|format)\/|\bhuggingface\.co\/papers\/|\b10\.48550\/arxiv\.)`;
const PREFIXED_NEW = new RegExp(`${PREFIX}${NEW_ID}(?![\\d.]*\\d)`, 'gi');
const PREFIXED_OLD = new RegExp(`${PREFIX}${OLD_ID}(?!\\d)`, 'gi');
// A bare old-style id: not inside a URL path or a longer word.
const BARE_OLD = new RegExp(`(?<![\\w./-])${OLD_ID}(?![\\w/])`, 'g');
const OLD_NUMBER = /\/\d{7}/;

function validNew(yymm: string, digits: number): boolean {
  const yy = Number(yymm.slice(0, 2));
  const mm = Number(yymm.slice(2));
  if (mm < 1 || mm > 12 || yy < 7 || (yy === 7 && mm < 4)) return false;
  return digits === 4 ? Number(yymm) <= 1412 : Number(yymm) >= 1501;
}

function validOld(num: string): boolean {
  const yy = Number(num.slice(0, 2));
  const mm = Number(num.slice(2, 4));
  if (mm < 1 || mm > 12) return false;
  return yy >= 91 || yy < 7 || (yy === 7 && mm <= 3);
}

/** The canonical id (no version; old style keeps its archive, drops the subject class). */
function idsIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PREFIXED_NEW))
    if (validNew(m[1]!, m[2]!.length)) found.push(`${m[1]}.${m[2]}`);
  // An old-style id has `/` and seven digits: most texts skip its two costly patterns (about 3% of
  // the 100k build's tagging threads).
  if (!OLD_NUMBER.test(text)) return found;
  for (const re of [PREFIXED_OLD, BARE_OLD])
    for (const m of text.matchAll(re))
      if (validOld(m[2]!)) found.push(`${m[1]!.toLowerCase()}/${m[2]}`);
  return found;
}

/**
 * The one arXiv id an abstract names, or undefined. Two different ids mean the abstract cites
 * another paper too, and which is its own cannot be told: none is recorded.
 */
export function findArxivId(text: string): string | undefined {
  const ids = new Set(idsIn(text));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Whether `id` is a canonical id as findArxivId returns it (checks ids read from corpus files). */
export function isArxivId(id: string): boolean {
  return findArxivId(`arXiv:${id}`) === id;
}

// Crossref's advice for DOIs in text: 10.<registrant>/<suffix>, the suffix ending before a space
// or a character that cannot be part of one in prose.
const DOI_RE = /\b10\.\d{4,9}\/[^\s"'<>{}[\]\\^`|\u201C\u201D\u2018\u2019]+/g;

function trimDoi(raw: string): string {
  let doi = raw;
  for (;;) {
    const before = doi;
    doi = doi.replace(/[.,;:!?*]+$/, '');
    if (doi.endsWith(')') && doi.split('(').length < doi.split(')').length) doi = doi.slice(0, -1);
    if (doi === before) return doi;
  }
}

/** The one DOI an abstract names (not arXiv's own, which findArxivId reads), or undefined. */
export function findDoi(text: string): string | undefined {
  const dois = new Set<string>();
  for (const m of text.matchAll(DOI_RE)) {
    const doi = trimDoi(m[0]);
    // A DOI is case-insensitive: one written twice in two cases is one DOI.
    if (/\/./.test(doi) && !/^10\.48550\/arxiv\./i.test(doi)) dois.add(doi.toLowerCase());
  }
  if (dois.size !== 1) return undefined;
  const only = [...dois][0]!;
  // Keep the case the abstract wrote it in.
  for (const m of text.matchAll(DOI_RE))
    if (trimDoi(m[0]).toLowerCase() === only) return trimDoi(m[0]);
  return undefined;
}

export function isDoi(doi: string): boolean {
  return findDoi(doi) === doi;
}

/** The ids of a paper found in its abstract (links are part of the abstract's text). */
export function paperIds(abstract: string): { arxiv?: string; doi?: string } {
  const arxiv = findArxivId(abstract);
  const doi = findDoi(abstract);
  return { ...(arxiv ? { arxiv } : {}), ...(doi ? { doi } : {}) };
}
