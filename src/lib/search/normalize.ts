/** Text folding shared by the index, the query parser, phrase checks and highlighting. */

const MARKS = /\p{M}+/gu;
const ALNUM_RUN = /[\p{L}\p{N}]+/gu;
export const LETTER_DIGIT = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
/** camelCase, acronym-then-word ("FFTConv"), and letter/digit boundaries: index and highlighting. */
export const INNER =
  /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const ASCII_RUN = /[a-z0-9]+/g;
const PLAIN_RUN = /^(?:[a-z]+|[0-9]+)$/;

// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included
export const NON_ASCII = /[^\x00-\x7f]/;

/** NFKD and drop combining marks, keeping case (camelCase splitting needs it). */
export function foldMarks(s: string): string {
  // ASCII has no marks and no compatibility forms: skip the (costly) normalisation.
  if (!NON_ASCII.test(s)) return s;
  return s.normalize('NFKD').replace(MARKS, '');
}

/** Case- and diacritic-insensitive form: "Café-XL" -> "cafe-xl". */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  // Lower-casing can itself produce marks ("İ" -> "i̇"), hence the second pass.
  return foldMarks(s).toLowerCase().replace(MARKS, '');
}

/**
 * The word sequence used for exact-phrase checks: folded alphanumeric runs, also split where letters
 * meet digits, so "Mamba2", "Mamba-2" and "mamba 2" all read "mamba 2".
 */
export function phraseUnits(text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  // Folded ASCII is lower-case: a plain-ASCII run pattern finds the same runs, faster.
  const runs = NON_ASCII.test(folded) ? folded.match(ALNUM_RUN) : folded.match(ASCII_RUN);
  for (const run of runs ?? []) {
    // Only runs mixing letters and digits split ("mamba2" -> mamba 2); most are plain words.
    if (PLAIN_RUN.test(run)) out.push(run);
    else for (const unit of run.split(LETTER_DIGIT)) if (unit) out.push(unit);
  }
  return out;
}

/**
 * Space-delimited phrase form of a text, so a phrase check is a substring test on word edges.
 * Sentence and clause ends become " | " so that a phrase never spans "... time. Biases ...".
 */
export function phraseKey(text: string): string {
  const clauses = text.split(/[.!?;:](?=\s|$)/).map((c) => phraseUnits(c).join(' '));
  return ` ${clauses.filter(Boolean).join(' | ')} `;
}

/** Replaces lone surrogates and control characters (NUL included) with a space. */
export function sanitize(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    ' ',
  );
}
