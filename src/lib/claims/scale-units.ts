/**
 * How a "scale" number (128K, 7B, 2,000, 1 million) is read from the words around it.
 *
 * Convention: K = 1,000, M = 1e6, B = 1e9 everywhere. Abstracts use K loosely (128K is often 131,072
 * but 500K or 2,000K are decimal), claims are rounded talking points, and one consistent base keeps
 * comparisons and the context filter predictable.
 */

type ScaleUnit = 'tokens' | 'frames' | 'bytes' | 'bp' | 'params';

export const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  kb: 1e3,
  M: 1e6,
  million: 1e6,
  B: 1e9,
  billion: 1e9,
  T: 1e12,
  trillion: 1e12,
};

/** Words that name the unit right after the number; the first group is the phrase kept in `text`. */
const UNIT_AFTER: readonly [RegExp, ScaleUnit | null][] = [
  [/^((?:\s|-)?(?:base[\s-]pairs?|bp)\b)/i, 'bp'],
  // Tokens seen in training are a data size, not a context length.
  [/^((?:\s|-)?(?:training|pre-?training)\s+tokens?\b)/i, null],
  // A "64-token budget" is a cache size, not a context length.
  [/^((?:\s|-)?tokens?\s+budgets?)\b/i, null],
  [
    /^((?:\s|-)?(?:(?:visual|text|input|output|context|video|audio|speech|image)\s+)?tokens?)\b/i,
    'tokens',
  ],
  [/^((?:\s|-)?(?:video\s+)?frames?)\b/i, 'frames'],
  [/^((?:\s|-)?bytes?)\b/i, 'bytes'],
  [
    /^((?:\s|-)(?:(?:sequence|context|input|token)[\s-]?)?(?:lengths?|contexts?|sequences?|windows?|inputs?))\b/i,
    'tokens',
  ],
  [/^((?:\s|-)?param(?:eter)?s?)\b/i, 'params'],
];

/** Nouns that show the number counts something other than context or parameters. */
const OTHER_NOUN =
  /^(?:\s|-)?(?:training\s+|\w+\s+)?(?:turns|instances?|samples?|examples?|steps|gpus?|npus?|tpus?|chips?|nodes?|cards?|images|documents|words|hours|users|videos|resolution|pixels|datasets?|problems|queries|questions|pairs?|tasks|layers|heads)\b/i;

/** Nouns after an M/B number that make it a model size ("7B-scale models", "370M model"). */
const MODEL_NOUN =
  /^(?:\s|-)(?:scale\s+)?(?:models?|llms?|lms?|networks?|variants?|checkpoints?)\b/i;

/** "trained on 40B tokens", "using only about 150B tokens": a training budget. */
const DATA_BEFORE =
  /\b(?:train(?:ed|ing)?|pre-?train(?:ed|ing)?|seen|seeing|using|consum\w*)\s+(?:on\s+|with\s+)?(?:(?:only|about|over|nearly|roughly|approximately|more than)\s+)*$/i;

/** "inputs of length 2048", "sequence length of 50,112", "length from 512 to 4096", "length to 384". */
const LENGTH_BEFORE =
  /\blengths?\s+(?:(?:of|from|to)\s+)?(?:(?:up to|over|about|around|nearly|more than|beyond)\s+)?$/i;

/** A capitalised model name right before the number: "a Mamba-2 370M with ...". */
const NAME_BEFORE = /(?:^|\s)[A-Z][\w.-]*\s$/;

/** Datasets named just before, in the same clause ("e.g." does not end it). */
const DATASETS_BEFORE = /\b(?:datasets?|corpus|corpora)\b(?:[^.;:]|\be\.g\.){0,40}$/i;

const CONTEXT_CUE = /\b(?:tokens?|context|sequences?|lengths?|windows?|extrapolat\w*)\b/i;

/** "2K synthesis", "at 4K" in a sentence on resolution: a picture's size, not a length. */
const RESOLUTION_CUE = /\b(?:[\w-]*resolutions?|pixels?)\b/i;

/** "a dataset containing over 47M frames": the size of a collection, not a length. */
const COLLECTION_BEFORE =
  /\b(?:dataset|corpus|collection|benchmark)\s+(?:\w+\s+){0,2}?(?:containing|comprising|of|with|consisting of|totaling|spanning)\s+(?:(?:over|about|around|nearly|roughly|approximately|more than|~)\s*)*$/i;

export interface UnitReading {
  unit: ScaleUnit | null;
  /** Phrase after the number that names the unit, kept in the claim text. */
  phrase: string;
  /** True when no unit word was found, so a neighbour in a range may lend one. */
  open: boolean;
}

/** Name glued by a hyphen in front of the number: "Mistral-" in "Mistral-7B", "Llama3.2-" in "Llama3.2-1B". */
function gluedName(before: string): string | undefined {
  return /(?:^|[^\w.-])([A-Za-z\\][\w.-]*)-$/.exec(before)?.[1];
}

export function readUnit(
  raw: string,
  suffix: string,
  before: string,
  after: string,
  sentence: string,
): UnitReading {
  const none = { unit: null, phrase: '', open: false };
  const glued = gluedName(before);
  if (suffix === 'kb') return glued ? none : { unit: 'bp', phrase: '', open: false };
  const big = /^(?:B|T|billion|trillion)$/.test(suffix);
  for (const [re, unit] of UNIT_AFTER) {
    const m = re.exec(after);
    if (!m) continue;
    if (glued && unit !== 'params') return none;
    // Billions of tokens are training data, unless a length is what they measure: "scale sequence
    // length to more than 1 billion tokens".
    const data = (big && !LENGTH_BEFORE.test(before)) || DATA_BEFORE.test(before);
    if (unit === 'tokens' && /tokens?$/i.test(m[1] ?? '') && data) return none;
    if (unit !== 'params' && COLLECTION_BEFORE.test(before)) return none;
    return { unit, phrase: m[1] ?? '', open: false };
  }
  if (OTHER_NOUN.test(after)) return none;
  if (suffix === 'M' || suffix === 'B' || suffix === 'million' || suffix === 'billion') {
    return readSize(raw, suffix, glued, before, after, sentence);
  }
  if (glued) return none;
  if (suffix === 'k' || suffix === 'K') {
    // A bare "110K" counts whatever the sentence counts (pairs, clips, stars): only a sentence on
    // tokens, contexts or lengths makes it one, as for M-numbers (readSize).
    const length = CONTEXT_CUE.test(sentence) && !RESOLUTION_CUE.test(sentence);
    return { unit: length ? 'tokens' : null, phrase: '', open: true };
  }
  if (suffix === '' && LENGTH_BEFORE.test(before))
    return { unit: 'tokens', phrase: '', open: false };
  // Bare numbers and T/trillion mean nothing alone, but "512 to 4k tokens" can lend them a unit.
  return { unit: null, phrase: '', open: suffix === '' };
}

function readSize(
  raw: string,
  suffix: string,
  glued: string | undefined,
  before: string,
  after: string,
  sentence: string,
): UnitReading {
  const none = { unit: null, phrase: '', open: false };
  const size = { unit: 'params' as const, phrase: '', open: true };
  if (glued !== undefined) {
    // "Llama3.2-1B", "Qwen2.5-7B" name a versioned model; "Mistral-7B" states a size.
    // Two decimals ("Llama-3.18B") is a version fused with a size by a broken space. Named among
    // datasets ("image-text datasets (e.g., COYO-700M and LAION-400M)"), it counts their items.
    if (/\d/.test(glued) || /\.\d\d/.test(raw) || DATASETS_BEFORE.test(before)) return none;
    return size;
  }
  if (suffix === 'B' || suffix === 'billion') return size;
  if (MODEL_NOUN.test(after) || NAME_BEFORE.test(before)) return size;
  return CONTEXT_CUE.test(sentence)
    ? { unit: 'tokens', phrase: '', open: true }
    : { ...none, open: true };
}
