/**
 * The paper's own name ("Lodge", "InfVSR", "Transformer-XL"), when it has one. Two sources, in
 * order: the title's prefix before ':' / ' - ' when it reads like a name, and a name the abstract
 * coins ("we propose X", "X (ABBR)", "called X"). Works on cleaned text.
 */

/** Names of existing things an abstract mentions but does not coin. */
const GENERIC = new Set(
  'transformer transformers llm llms lm lms gpu gpus cpu rnn rnns cnn cnns lstm ssm ssms bert gpt mamba attention ai nlp kv vlm vlms mllm mllms moe sota'.split(
    ' ',
  ),
);
const COIN_VERB =
  /\b(?:we|i|this (?:paper|work|report|study)|our (?:paper|work))\s+(?:(?:also|then|further|first|therefore|thus|hence|here|now|\w+ly)\s+)?(?:propose|introduce|present|develop|design|build|call|name|dub|term|coin|release|create)[sd]?\b|\b(?:called|named|dubbed|termed|our proposed)\b/gi;
const FILLER =
  /^(?:a|an|the|our|novel|new|simple|efficient|effective|general|unified|first|called|named|dubbed|termed|lightweight)$/i;

/** A token that can only be a name: inner capitals (InfVSR, xLSTM), all caps (RULER), digits (V2PE). */
function isDistinctive(token: string): boolean {
  const core = token.replace(/[^A-Za-z0-9-]/g, '');
  if (!/[A-Za-z]/.test(core) || GENERIC.has(core.toLowerCase())) return false;
  return core
    .split('-')
    .some((part) => /[a-z0-9][A-Z]|^[A-Z]{2,}|^[a-z]+[A-Z]|[A-Za-z]\d|\d[A-Za-z]/.test(part));
}

const isCapitalized = (w: string): boolean => /^[A-Z0-9]/.test(w);

/** The title's prefix before ':' or ' - ', as separate words; `undefined` when it cannot be a name. */
function titlePrefix(title: string): string[] | undefined {
  const m = /^(.{1,60}?)(?::\s| [-–—]{1,2} )/.exec(title);
  // "PhraseVAE and PhraseLDM" / "Clinical-Longformer and Clinical-BigBird": the first name.
  const prefix = m?.[1]?.trim().split(/\s+(?:and|&)\s+/)[0] ?? '';
  const words = prefix.split(/\s+/);
  if (!/[A-Za-z]/.test(prefix) || words.length > 4 || prefix.includes(',')) return undefined;
  return words.every((w) => isCapitalized(w) || isDistinctive(w)) ? words : undefined;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A prefix that is certainly the name: one token, a short distinctive phrase, or one the abstract coins. */
function strongTitleName(words: string[], abstract: string): string | undefined {
  const prefix = words.join(' ');
  if (words.length === 1) return GENERIC.has(prefix.toLowerCase()) ? undefined : prefix;
  if (words.length <= 2 && words.some(isDistinctive)) return prefix;
  if (abstract.includes(prefix)) return prefix;
  // "we introduce dataset decomposition": coined in lower case.
  const coined = new RegExp(
    `\\b(?:propose|introduce|present|call|name|dub|term)[sd]?\\s+(?:(?:a|an|the|our)\\s+)?${escapeRe(prefix)}\\b`,
    'i',
  );
  return coined.test(abstract) ? prefix : undefined;
}

/** A short capitalised prefix ("Stuffed Mamba") when the abstract coins nothing better. */
function weakTitleName(words: string[]): string | undefined {
  const first = words[0] ?? '';
  if (
    words.length > 3 ||
    GENERIC.has(words.join(' ').toLowerCase()) ||
    /ing$/.test(first) ||
    /^(beyond|towards?|on|when|why|how|what|is|are|do|can|all|not)$/i.test(first)
  )
    return undefined;
  return words.join(' ');
}

function stripPunct(w: string): string {
  return w.replace(/^[("“'‘]+|[)"”'’.,;:!?]+$/g, '');
}

/** "(ABBR)" right after a phrase: the short name the authors will use. */
function abbreviation(token: string | undefined): string | undefined {
  const abbr = token ? /^\(([^()]{2,30})\)[.,;:]?$/.exec(token)?.[1] : undefined;
  return abbr && abbr.split(' ').length <= 3 && isDistinctive(abbr) ? abbr : undefined;
}

/** Could start a name: capitalised or distinctive, and not a number such as "5.6x" or "O(n)". */
function isNameStart(token: string): boolean {
  const w = stripPunct(token);
  return (
    (isCapitalized(w) || isDistinctive(w)) &&
    /\p{L}/u.test(w) &&
    /^[\p{L}\p{N}][\p{L}\p{N}+'’-]*$/u.test(w) &&
    !/^\d+(\.\d+)?[a-z×%]*$/i.test(w)
  );
}

/**
 * The name coined right after a verb match; `rest` is the sentence after it. `strict` (after
 * "called", "our proposed") allows only articles before the name; a verb may be followed by a
 * lower-case lead-in ("introduce a simpler position method, Attention with Linear Biases (ALiBi)").
 */
function coinedAfter(rest: string, strict: boolean): string | undefined {
  const tokens = rest.match(/\([^()]{1,30}\)[.,;:]?|\S+/g)?.slice(0, 24) ?? [];
  let i = 0;
  let lead = 0; // lower-case words before the name, other than articles and stock adjectives
  for (; i < tokens.length && !isNameStart(tokens[i] ?? ''); i++) {
    const token = tokens[i] ?? '';
    const abbr = abbreviation(tokens[i + 1]);
    if (abbr && i > 0) return abbr; // "a VIP-token centric compression (Vcc)"
    const filler = FILLER.test(stripPunct(token));
    if (!filler) lead++;
    if (i >= 10 || (!filler && (strict || !/^[a-z-]+,?$/.test(token)))) return undefined;
  }
  const phrase: string[] = [];
  for (; i < tokens.length && phrase.length < 6; i++) {
    const token = tokens[i] ?? '';
    const w = stripPunct(token);
    const connector = phrase.length > 0 && /^(of|for|with|and|in|on|to|the|a)$/.test(token);
    if (!isNameStart(token) && !connector) break;
    phrase.push(w);
    const abbr = abbreviation(tokens[i + 1]);
    if (abbr) return abbr;
    if (token !== w) {
      i++;
      break;
    }
  }
  // "the Structured State Space sequence model (S4)": a few lower-case words before the abbreviation.
  for (let j = i; j < i + 4 && j < tokens.length; j++) {
    const abbr = abbreviation(tokens[j]);
    if (abbr) return abbr;
    if (/[,;:.]$/.test(tokens[j] ?? '')) break;
  }
  while (phrase.length > 0 && !isNameStart(phrase[phrase.length - 1] ?? '')) phrase.pop();
  const name = phrase.join(' ');
  if (!name || phrase.length > 4 || GENERIC.has(name.toLowerCase())) return undefined;
  // After a long lead-in a lone plain word is more likely a mention ("than conventional Softmax").
  return lead > 2 && phrase.length === 1 && !isDistinctive(name) ? undefined : name;
}

const STRICT_VERB = /^(?:called|named|dubbed|termed|our proposed)$/i;

/** Candidates the abstract coins, best first: most mentions, then earliest. */
/** Real abstracts coin one to three names; the cap keeps counting mentions linear on hostile text. */
const MAX_CANDIDATES = 8;

function abstractName(abstract: string): string | undefined {
  const seen = new Map<string, number>();
  let order = 0;
  for (const m of abstract.matchAll(COIN_VERB)) {
    const after = m.index + m[0].length;
    const end = abstract.slice(after, after + 400).search(/[.!?](?:\s|$)/);
    const name = coinedAfter(
      abstract.slice(after, end < 0 ? after + 400 : after + end + 1),
      STRICT_VERB.test(m[0]),
    );
    if (name && !seen.has(name)) seen.set(name, order++);
    if (seen.size >= MAX_CANDIDATES) break;
  }
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const [name, pos] of seen) {
    const score = (abstract.split(name).length - 1) * 100 - pos;
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}

export function extractName(title: string, abstract: string): string | undefined {
  const words = titlePrefix(title.trim());
  const fromTitle = words && strongTitleName(words, abstract);
  if (!fromTitle) return abstractName(abstract) ?? (words && weakTitleName(words));
  // Prefer the abstract's spelling of an all-caps title name (PARAGRAPH2GRAPH -> Paragraph2Graph).
  // Only an all-caps name can change, so only then is the abstract searched.
  if (fromTitle !== fromTitle.toUpperCase()) return fromTitle;
  const spelled = abstract.match(new RegExp(`\\b${escapeRe(fromTitle)}\\b`, 'i'))?.[0];
  return spelled && spelled !== spelled.toUpperCase() ? spelled : fromTitle;
}
