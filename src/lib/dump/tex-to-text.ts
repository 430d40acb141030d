/**
 * TeX -> plain text for prose that is known to contain no URL (clean-text.ts cuts URLs out first,
 * so nothing here can damage one). Handles both real TeX (`\times`, `\( A \)`, `{\em x}`) and what
 * scrapers leave once the backslashes are gone (`7.93times`, `Oleft(N^2right)`, `sim 0.1`).
 */

import { replaceSpans } from './spans';
import { ACCENTS, NAME_MACROS, SUPERSCRIPTS, SYMBOLS } from './tex-symbols';

/** Placeholders for escaped characters, so brace/dollar handling below cannot touch them. */
const ESCAPES = '%&#$_{}\\';
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_RE = /[\uE000-\uE007]/g;

const UNWRAP =
  'emph|text(?:bf|it|tt|sc|rm|sf|up|md|normal)?|underline|math(?:rm|bf|it|sf|tt|cal|bb|frak)|boldsymbol|bm|mbox|hbox|operatorname|footnote|textsuperscript';
const UNWRAP_RE = new RegExp(`\\\\(?:${UNWRAP})\\*?\\s*\\{([^{}]*)\\}`, 'g');
const DROP_RE =
  /\\(?:cite[pt]?|citeauthor|ref|eqref|autoref|cref|label|[vh]space|footnotemark)\*?(?:\[[^\]]*\])?\{[^{}]*\}/g;
const DECLARATION_RE =
  /\{\\(?:em|bf|it|sc|tt|rm|sf|sl|small|large|Large|footnotesize|scriptsize|bfseries|itshape)\b\s*/g;

/**
 * Accented letters: `\'e`, `\"{o}`, `{\"o}`, `\v{s}`, `\"\i`. A bare `\"` must follow a letter or a
 * brace (`Sch\"olkopf`), so text with escaped quotes (`\"word\"`) keeps them.
 */
// A letter-named accent takes a braced letter or, as in BibTeX's `Fran{\c c}ois`, a lone one.
const ACCENT_RE =
  /\\(?:(["'`^~=.])(?:\s*\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))|([uvHckr])(?:\s*\{\s*(\\[ij]|[A-Za-z])\s*\}|\s+(\\[ij]|[A-Za-z])(?![A-Za-z])))/g;

function accents(s: string): string {
  if (!s.includes('\\')) return s;
  let found = false;
  const out = s.replace(ACCENT_RE, (...m: (string | number | undefined)[]) => {
    const [whole, mark, braced, bare, named, arg, lone, at] = m as [
      string,
      ...(string | undefined)[],
    ];
    const before = s.charAt(Number(at) - 1);
    if (bare !== undefined && mark === '"' && !/[A-Za-z{]/.test(before)) return whole;
    found = true;
    return (
      (braced ?? bare ?? arg ?? lone ?? '').replace(/^\\/, '') +
      (ACCENTS.get(mark ?? named ?? '') ?? '')
    );
  });
  return found ? out.normalize('NFC') : s;
}

function superscript(s: string): string {
  const chars = [...s];
  if (chars.length > 0 && chars.every((c) => SUPERSCRIPTS.has(c)))
    return chars.map((c) => SUPERSCRIPTS.get(c)).join('');
  return chars.length === 1 ? `^${s}` : `^(${s})`;
}

function commandWord(word: string, name: string | undefined): string {
  const symbol = SYMBOLS.get(word);
  if (symbol !== undefined) return symbol;
  if (NAME_MACROS.test(word)) return name ?? word;
  return word; // unknown macro: keep its word rather than lose it
}

function replaceCommands(s: string, name: string | undefined): string {
  return s
    .replace(/\\([A-Za-z]+)/g, (_m, word: string) => commandWord(word, name))
    .replace(/\\(?:[,;:!> ]|\\)/g, ' ')
    .replace(/\\/g, '');
}

/** Inline math: `\( x'(t) = Ax(t) \)` -> `x'(t) = Ax(t)`, `S\(^2\)` -> `S²`, `\frac{a}{b}` -> `a/b`. */
export function mathToText(inner: string, name?: string): string {
  if (!/[\\^_{}]/.test(inner)) return inner.replace(/\s+/g, ' ').trim(); // plain `$n$`, `\( A \)`
  let s = inner
    .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2')
    .replace(/\\sqrt\s*\{([^{}]*)\}/g, (_m, x: string) => (x.length > 1 ? `√(${x})` : `√${x}`))
    .replace(/\^\s*\{([^{}]*)\}/g, (_m, x: string) => superscript(x.trim()))
    .replace(/\^\s*([A-Za-z0-9+-])/g, (_m, x: string) => superscript(x))
    .replace(/_\s*\{([^{}]*)\}/g, (_m, x: string) =>
      /^\d+$/.test(x.trim()) ? x.trim() : `_${x.trim()}`,
    )
    .replace(/_(\d)/g, '$1');
  s = replaceCommands(s.replace(UNWRAP_RE, '$1'), name).replace(/[{}]/g, '');
  return s.replace(/\s+/g, ' ').trim().replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
}

/** `$...$` only when it looks like math, so "$5 and $10" keeps its dollars. */
function dollarMath(s: string, name: string | undefined): string {
  return s
    .replace(/\$\$([^$]{1,500})\$\$/g, (_m, x: string) => mathToText(x, name))
    .replace(/\$([^$\s](?:[^$]{0,300}?[^$\s])?)\$/g, (m, x: string) =>
      /[A-Za-z\\^_{}=]/.test(x) ? mathToText(x, name) : m,
    );
}

/** Scraped math whose backslashes were lost: glued `times`, `sim`, `left(...right)`, arrows. */
function gluedMath(input: string): string {
  let s = input;
  if (s.includes('arrow'))
    s = s.replace(/(long)?(right|left|leftright)arrow/gi, (m) => ` ${SYMBOLS.get(m) ?? '→'} `);
  if (s.includes('left')) s = s.replace(/left\s*([([|])(.{0,200}?)right\s*([)\]|])/g, '$1$2$3');
  if (s.includes('times')) {
    s = s
      .replace(/(\d)times\s*(?=\d)/g, '$1×')
      .replace(/(\d)times\b/g, '$1×')
      .replace(/\b([A-Za-z])times\s+(?=[A-Za-z0-9(])/g, '$1×');
  }
  if (s.includes('sim')) s = s.replace(/(^|[\s([,;:])sim\s*(?=[\d.])/g, '$1~');
  return s;
}

/** TeX quotes: ``x'' and ''x'' -> “x”, `x' -> ‘x’. A lone apostrophe is left alone. */
function quotes(s: string): string {
  if (!s.includes('`') && !s.includes("''")) return s;
  return s
    .replace(/(``|'')([^`'"\n]{0,300}?)(''|")/g, '“$2”')
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/(^|[\s(])`([^`'\n]{1,80})'/g, '$1‘$2’');
}

/** Subscripts/superscripts written outside math: `l_1-norm` -> `ℓ1-norm`, `H_2O` -> `H2O`. */
function scripts(s: string): string {
  if (!s.includes('_') && !s.includes('^')) return s;
  return s
    .replace(/\bl_\{?(\d+)\}?/g, 'ℓ$1')
    .replace(/\b([A-Za-z])_\{?(\d{1,3})\}?/g, '$1$2')
    .replace(/\^\{([^{}]*)\}/g, (_m, x: string) => (x.length > 1 ? `^(${x})` : `^${x}`));
}

/** Markdown emphasis `*x*` / `**x**` and TeX dashes. */
function emphasisAndDashes(input: string): string {
  let s = input;
  if (s.includes('*')) {
    s = s
      .replace(/\*\*([^*\n]{1,300}?)\*\*/g, '$1')
      .replace(/(^|[\s("“])\*(\S(?:[^*\n]{0,300}?\S)?)\*(?=$|[\s).,;:!?"”])/g, '$1$2');
  }
  if (s.includes('--')) {
    s = s
      .replace(/(\S)---(?=\S)| --- /g, (m, c?: string) => (c ? `${c}—` : ' — '))
      .replace(/(\S)--(?=\S)| -- /g, (m, c?: string) => (c ? `${c}–` : ' – '));
  }
  return s;
}

/** TeX proper: escapes, inline math, groups, commands. */
function tex(input: string, name: string | undefined): string {
  // `\textbackslash` (BibTeX's way to write one) is escaped like the characters.
  let s = input.replace(/\\([%&#$_{}])|\\textbackslash(?![A-Za-z])(?:\{\})?/g, (_m, c?: string) =>
    String.fromCharCode(PLACEHOLDER_BASE + ESCAPES.indexOf(c ?? '\\')),
  );
  s = accents(s);
  if (s.includes('\\(')) s = replaceSpans(s, /\\\(/g, /\\\)/g, 500, (x) => mathToText(x, name));
  if (s.includes('\\[')) s = replaceSpans(s, /\\\[/g, /\\\]/g, 500, (x) => mathToText(x, name));
  if (s.includes('$')) s = dollarMath(s, name);
  s = s.replace(DECLARATION_RE, '{').replace(DROP_RE, '');
  for (let i = 0; i < 4; i++) {
    const next = s.replace(UNWRAP_RE, '$1'); // nested groups unwrap from the inside out
    if (next === s) break;
    s = next;
  }
  return replaceCommands(s, name);
}

/** Converts one URL-free stretch of text. */
export function texToText(input: string, name?: string): string {
  let s = input.replace(PLACEHOLDER_RE, '');
  if (s.includes('\\') || s.includes('$')) s = tex(s, name);
  s = emphasisAndDashes(scripts(quotes(gluedMath(s))));
  if (s.includes('{') || s.includes('}')) s = s.replace(/[{}]/g, '');
  return s.replace(PLACEHOLDER_RE, (c) => ESCAPES.charAt(c.charCodeAt(0) - PLACEHOLDER_BASE));
}
