/**
 * JSON listings: an array of paper records, an object holding one (Semantic Scholar's API
 * `{"data": […]}`, a scraper's `{"papers": […]}`), or JSON Lines, one record a line (the arXiv
 * metadata snapshot). A record's fields are found by the names the common sources give them:
 * arXiv's (`title`, `abstract`, `authors`, `id`, `doi`), Semantic Scholar's (`tldr`, `authors[].name`,
 * `year`, `externalIds`), Hugging Face's daily papers (`paper.title`, `paper.summary`, `publishedAt`),
 * OpenAlex's (`abstract_inverted_index`, `authorships`, `publication_year`) and Zotero's CSL JSON
 * (`author[].family`/`given`, `issued`, `DOI`, `URL`).
 */
import type { ParsedPaper } from '../types';
import { findArxivId, findDoi } from '../paper-ids/arxiv-id';
import { listedAuthors, oneAuthor, statedYear } from './authors';
import { RecordSummary } from './record-paper';
import { oneLine } from './warning-text';

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A key as the tables below name it: "publishedAt", "published_at" → "publishedat" ("_id" stays apart). */
const keyName = (key: string) =>
  (key.startsWith('_') ? '_' : '') + key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The names each part of a paper is read from, in order of preference. */
const FIELDS = {
  title: ['title', 'papertitle'],
  abstract: ['abstract', 'abstractnote', 'summary', 'abstractinvertedindex', 'tldr'],
  authors: ['authors', 'author', 'authorships', 'creators'],
  year: [
    'year',
    'publicationyear',
    'publicationdate',
    'publisheddate',
    'publishedat',
    'published',
    'issued',
    'date',
  ],
  // Hugging Face's githubRepo and projectPage, a scraper's code or website.
  links: [
    'githubrepo',
    'projectpage',
    'code',
    'codeurl',
    'github',
    'repository',
    'repo',
    'website',
    'homepage',
    'projecturl',
  ],
  ids: [
    'arxiv',
    'arxivid',
    'doi',
    'externalids',
    'ids',
    'url',
    'link',
    'links',
    'pdfurl',
    'pdf',
    'id',
  ],
} as const;

const KEPT = new Set(Object.values(FIELDS).flat() as string[]);

/** Whether the dump is JSON: its first line that is not blank opens an object or an array of them. */
export function isJsonListing(lines: readonly string[]): boolean {
  const first = lines
    .find((l) => l.trim() !== '')
    ?.replace(/^\uFEFF/, '')
    .trim();
  return first !== undefined && /^(?:\[\s*(?:\{|$)|\{\s*(?:"|$))/.test(first);
}

/** A record's fields by key name: its own, then those of a nested `paper` (Hugging Face's). */
function fieldsOf(rec: Rec): Map<string, [key: string, value: unknown]> {
  const out = new Map<string, [string, unknown]>();
  const nested = Object.entries(rec).find(([k, v]) => keyName(k) === 'paper' && isRec(v))?.[1];
  for (const [k, v] of [...Object.entries(rec), ...Object.entries((nested as Rec) ?? {})])
    if (v !== null && v !== undefined && v !== '' && !out.has(keyName(k)))
      out.set(keyName(k), [k, v]);
  return out;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;

/** OpenAlex's abstract: each word with the positions it stands at. */
function invertedAbstract(index: Rec): string {
  const words: string[] = [];
  for (const [word, at] of Object.entries(index))
    if (Array.isArray(at))
      for (const i of at) if (Number.isInteger(i) && i >= 0 && i < 1e5) words[i as number] = word;
  return words.filter((w) => w !== undefined).join(' ');
}

function abstractOf(key: string, v: unknown): string | undefined {
  if (key === 'abstractinvertedindex') return isRec(v) ? invertedAbstract(v) : undefined;
  // Semantic Scholar's TLDR: {"model": …, "text": …}.
  return text(v) ?? (isRec(v) ? text(v.text) : undefined);
}

/** A person as a record writes one: a name, "Last, First", or its parts. */
function personOf(v: unknown): string[] {
  if (typeof v === 'string') return oneAuthor(v);
  if (!isRec(v)) return [];
  const f = fieldsOf(v);
  const get = (...names: string[]) => names.map((n) => text(f.get(n)?.[1])).find(Boolean);
  const whole = get('name', 'displayname', 'fullname', 'literal');
  if (whole) return oneAuthor(whole);
  const family = get('family', 'lastname', 'surname');
  if (family)
    return oneAuthor([family, get('given', 'firstname', 'forename')].filter(Boolean).join(', '));
  // OpenAlex's authorship: {"author": {"display_name": …}}.
  return isRec(v.author) ? personOf(v.author) : [];
}

function authorsOf(v: unknown): string[] {
  if (typeof v === 'string') return listedAuthors(oneLine(v));
  return Array.isArray(v) ? v.flatMap(personOf) : [];
}

/** The text a record's id fields hold, arXiv's marked as such ("2004.05150" is arXiv:2004.05150). */
function idText(key: string, v: unknown): string {
  if (isRec(v))
    return Object.entries(v)
      .map(([k, x]) => idText(keyName(k), x))
      .join(' ');
  if (Array.isArray(v)) return v.map((x) => idText(key, x)).join(' ');
  if (typeof v !== 'string' && typeof v !== 'number') return '';
  return key.startsWith('arxiv') || key === 'id' ? `arXiv:${v} ${v}` : String(v);
}

/**
 * The records of a parsed value: its array with most titled records, or itself when it is a paper
 * (a title with an abstract or authors, or no such array: `{"title": "My list", "papers": […]}`
 * is a list).
 */
function recordsOf(root: unknown, depth = 0): unknown[] {
  if (Array.isArray(root)) return root;
  if (!isRec(root) || depth > 2) return [];
  const titled = (a: unknown[]) => a.filter((r) => isRec(r) && fieldsOf(r).has('title')).length;
  let best: unknown[] = [];
  for (const v of Object.values(root)) {
    const records = recordsOf(v, depth + 1);
    if (titled(records) > titled(best)) best = records;
  }
  const f = fieldsOf(root);
  const paper = [...FIELDS.abstract, ...FIELDS.authors].some((n) => f.has(n));
  return f.has('title') && (paper || titled(best) === 0) ? [root] : best;
}

/** The 1-based line of each character offset, asked in increasing order. */
function lineCounter(source: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) if (source.charCodeAt(at) === 10) line++;
    return line;
  };
}

/**
 * The records of the dump, or of each of its lines (JSON Lines, whose first line is a record of
 * its own); a line that is not JSON is skipped with a warning.
 */
function parse(
  source: string,
  lines: readonly string[],
  warn: (line: number, message: string) => void,
) {
  try {
    return recordsOf(JSON.parse(source));
  } catch (e) {
    const first = lines.findIndex((l) => l.trim() !== '');
    // A record a line: each line's value, or undefined where a line is not JSON.
    const one = (line: string): unknown[] | undefined => {
      try {
        const value: unknown = JSON.parse(line);
        return isRec(value) ? [value] : recordsOf(value);
      } catch {
        return undefined;
      }
    };
    if (!one(lines[first] ?? '')) {
      const message = e instanceof Error ? e.message : String(e);
      const at = /position (\d+)/.exec(message);
      warn(at ? lineCounter(source)(Number(at[1])) : 1, `not valid JSON: ${message}`);
      return [];
    }
    return lines.flatMap((l, i) => {
      if (l.trim() === '') return [];
      const records = one(l);
      if (!records) warn(i + 1, 'line is not valid JSON, skipped');
      return records ?? [];
    });
  }
}

/** The papers of a JSON listing, in order, through `add`. */
export function readJsonListing(
  lines: readonly string[],
  add: (paper: ParsedPaper) => void,
  warn: (line: number, message: string) => void,
): void {
  const source = lines.join('\n');
  const lineOf = lineCounter(source);
  const summary = new RecordSummary(
    {
      has: ['JSON record has', 'JSON records have'],
      fields: 'JSON keys',
      kept: 'title, abstract, authors, year, ids and links',
    },
    new Set(),
  );
  // A record's line is where its title is written, found in order (escapes aside).
  let from = 0;
  const find = (value: string): number => {
    const at = source.indexOf(JSON.stringify(value.slice(0, 80)).slice(1, -1), from);
    if (at >= 0) from = at;
    return lineOf(from);
  };
  for (const rec of parse(source, lines, warn)) {
    if (!isRec(rec)) {
      warn(lineOf(from), 'JSON value that is not a record, skipped');
      continue;
    }
    const f = fieldsOf(rec);
    const pick = (
      names: readonly string[],
      read: (key: string, v: unknown) => string | undefined,
    ) => {
      for (const n of names) {
        const got = f.has(n) ? read(n, f.get(n)![1]) : undefined;
        if (got) return { key: n, value: got };
      }
      return undefined;
    };
    const title = pick(FIELDS.title, (_, v) => text(v));
    if (!title || oneLine(title.value) === '') {
      warn(lineOf(from), 'JSON record has no title, skipped');
      continue;
    }
    const titleLine = find(title.value);
    const abstract = pick(FIELDS.abstract, abstractOf);
    const paper: ParsedPaper = {
      title: oneLine(title.value),
      abstract: oneLine(abstract?.value ?? ''),
      titleLine,
    };
    if (paper.abstract)
      paper.abstractLine =
        abstract?.key === 'abstractinvertedindex' ? titleLine : find(paper.abstract);
    const authors = FIELDS.authors
      .map((n) => (f.has(n) ? authorsOf(f.get(n)![1]) : []))
      .find((a) => a.length > 0);
    if (authors) paper.authors = authors;
    const year = pick(FIELDS.year, (_, v) => {
      const y = statedYear(typeof v === 'string' ? v : JSON.stringify(v));
      return y === undefined ? undefined : String(y);
    });
    if (year) paper.year = Number(year.value);
    // The first field that names an id: a record's own `arxiv` before the links it lists.
    const firstId = (read: (text: string) => string | undefined) =>
      FIELDS.ids.map((n) => (f.has(n) ? read(idText(n, f.get(n)![1])) : undefined)).find(Boolean);
    const arxiv = firstId(findArxivId);
    const doi = firstId(findDoi);
    if (arxiv) paper.arxiv = arxiv;
    if (doi) paper.doi = doi;
    const links = FIELDS.links.flatMap((n) => {
      const [key, v] = f.get(n) ?? ['', undefined];
      return [v]
        .flat()
        .flatMap((url) =>
          typeof url === 'string' && /^https?:\/\//i.test(url) ? [{ url, label: key }] : [],
        );
    });
    if (links.length > 0) paper.links = links;
    for (const [name, [key]] of f) if (!KEPT.has(name) && name !== 'paper') summary.field(key);
    summary.paper(paper, titleLine);
    add(paper);
  }
  summary.say(warn);
}
