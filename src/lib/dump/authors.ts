/**
 * Author lists and years as listings write them. Names keep their TeX (`Sch{\"o}lkopf`): the build
 * repairs it as for titles. "Last, First" becomes "First Last", the order papers print names in.
 */

/** Splits `text` on `sep` outside braces (BibTeX protects "{Barnes and Noble}" so). */
function splitOutsideBraces(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  // Sticky: tried at each position outside braces, never searching ahead.
  const at = new RegExp(sep.source, `${sep.flags.replace(/[gy]/g, '')}y`);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth += 1;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      at.lastIndex = i;
      const m = at.exec(text);
      if (m && m[0].length > 0) {
        parts.push(text.slice(from, i));
        from = i + m[0].length;
        i = from - 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** "Last, First" → "First Last"; BibTeX's "von Last, Jr, First" → "First von Last Jr". */
function nameOrder(name: string): string {
  const parts = splitOutsideBraces(name, /,/);
  if (parts.length === 2) return `${parts[1]} ${parts[0]}`;
  if (parts.length === 3) return `${parts[2]} ${parts[0]} ${parts[1]}`;
  return parts.join(' ');
}

/** "et al." and BibTeX's "others" stand for names the listing did not give. */
const NOT_A_NAME = /^(?:others|et\.? al\.?|and others)$/i;

const clean = (names: string[]) =>
  names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n !== '' && !NOT_A_NAME.test(n));

/** One name as a line of its own gives it ("Last, First" or "First Last"): RIS's `AU`. */
export function oneAuthor(name: string): string[] {
  return clean([nameOrder(name)]);
}

/** A BibTeX `author` field: names joined by "and". */
export function bibtexAuthors(field: string): string[] {
  // "Donald~E. Knuth": a tie is a space (`\~{n}` is an accent).
  const spaced = field.replace(/(?<!\\)~/g, ' ');
  return clean(splitOutsideBraces(spaced, /\s+and\s+/i).map(nameOrder));
}

/**
 * A listing's author line: "A, B and C" (arXiv, most sheets), "A | B | C" (the ACL Anthology),
 * "Last, First; Last, First" (Zotero's CSV), told apart by the semicolon, or "Last, First, Last,
 * First" (a reference manager's list; "Last, First" alone is one author), told apart by its
 * one-word parts: a name of "A, B" is never one word.
 */
export function listedAuthors(line: string): string[] {
  const text = line.replace(/\s+et\.?\s+al\.?\s*$/i, '');
  if (text.includes(';')) return clean(text.split(';').map(nameOrder));
  // The ACL Anthology's "A | B | C".
  if (/\s\|\s/.test(text)) return clean(text.split(/\s+\|\s+/));
  const parts = text.split(',').map((p) => p.trim());
  const oneWord = parts.filter((p) => !/\s/.test(p)).length;
  if (parts.length % 2 === 0 && oneWord * 2 >= parts.length && !/\s(?:and|&)\s/i.test(text))
    return clean(parts.flatMap((p, i) => (i % 2 ? [nameOrder(`${parts[i - 1]}, ${p}`)] : [])));
  return clean(text.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i));
}

/** A word of a person's name: "Hao", "J.", "ME", "O'Neil", "Jean-Luc", or a particle ("van", "de"). */
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*|van|von|de|der|den|da|di|del|della|du|la|le|bin|al|dos)$/u;

/** Whether `name` is a person's: two to five name words. */
function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w));
}

/** Names as a byline lists them, when each is two to five name words; undefined otherwise. */
function personNames(text: string): string[] | undefined {
  if (text.length > 2000 || /[\d:;!?()[\]"“”]|\.\s*$/u.test(text)) return undefined;
  const names = listedAuthors(text);
  return names.length > 0 && names.every(isPersonName) ? names : undefined;
}

/**
 * The names of a line that lists two or more people, as a listing page prints them under a title
 * ("Hao Liu, Matei Zaharia, Pieter Abbeel"), with no digits or sentence punctuation; undefined
 * for any other line. A title of names of things ("Sparse Attention, Linear Attention") reads
 * alike, so callers also ask for an abstract on the next line.
 */
export function authorLine(line: string): string[] | undefined {
  const names = personNames(line);
  return names && names.length >= 2 ? names : undefined;
}

/** Initials alone, as references abbreviate a first name: "A.", "M. E.", "J.-L.", "Ł.". */
const INITIALS = /^(?:\p{Lu}\.(?:\s?-?\p{Lu}\.)*\s?)+$/u;

/**
 * The authors of a reference, as citation styles list them: APA's "Gu, A., & Dao, T.", ACL's
 * "Albert Gu and Tri Dao", IEEE's "A. Gu and T. Dao", MLA's "Gu, Albert, and Tri Dao"; "et al."
 * dropped. Undefined unless every name is a person's (two to five name words).
 */
export function citedAuthors(text: string): string[] | undefined {
  const bare = text.replace(/,?\s+et\.?\s+al\.?\s*$/i, '').trim();
  if (bare.length > 2000 || /[\d:;!?()[\]"“”]/u.test(bare)) return undefined;
  const parts = bare.split(/\s*,\s*(?:&\s*|and\s+)?|\s+&\s+|\s+and\s+/i).filter(Boolean);
  // MLA names its first author "Gu, Albert", then "and Tri Dao".
  const mla = /^[^\s,]+,\s+(?!and\b|&)[^\s,]+(?:,|$)/iu.test(bare);
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    // "Gu, A." (APA), or MLA's first: a surname, then its first names.
    const given = next !== undefined && (INITIALS.test(next) || (i === 0 && mla));
    names.push(given ? `${next} ${part}` : part);
    if (given) i += 1;
  }
  return names.length > 0 && names.every(isPersonName) ? names : undefined;
}

/** A web host, as a search result names its source: "arxiv.org", "proceedings.neurips.cc". */
const HOST = /^[\w-]+(?:\.[\w-]+)+$/;

/**
 * Google Scholar's line under a title: "I Beltagy, ME Peters, A Cohan - arXiv preprint
 * arXiv:2004.05150, 2020 - arxiv.org": authors (a long list ends in "…"), the venue and year
 * (the year last, after any id), the host.
 */
export function scholarByline(line: string): { authors: string[]; year?: number } | undefined {
  const parts = line.split(/\s+-\s+/);
  if (parts.length < 2 || parts.length > 3 || !HOST.test(parts[parts.length - 1] ?? ''))
    return undefined;
  const authors = personNames((parts[0] ?? '').replace(/\s*…\s*$/, ''));
  if (!authors) return undefined;
  const year = parts.length === 3 ? /(?:^|,\s*)((?:1[89]|20)\d\d)$/.exec(parts[1] ?? '') : null;
  return { authors, ...(year ? { year: Number(year[1]) } : {}) };
}

/** The year a date or year field states (1800–2099), or undefined. */
export function statedYear(text: string): number | undefined {
  const m = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/.exec(text);
  return m ? Number(m[1]) : undefined;
}
