/**
 * Whose context length or model size a number is. Such a claim is the paper's own: what its
 * method, model or experiments reach. Abstracts also cite lengths of the field ("context windows of up to 128K or
 * 1M tokens are becoming increasingly prevalent"), of other models ("modern LLMs, like Llama 4
 * Scout, support up to 10 million tokens", "our analysis of Yi-34B, which supports 200K") and of
 * baselines ("compared to the 32K baseline"); those are not the paper's and must not rank it.
 *
 * Two readings, by sentence structure and vocabulary (never by paper):
 * - the sentence: it speaks of the field, of earlier or other models, or of a limitation, and
 *   nothing in it speaks for the authors (we, our, this paper, the proposed …);
 * - the clause around the number: a comparison ("compared to", "than", "against") or a relative
 *   clause about a model under study, whatever the rest of the sentence says.
 */

/** Words with which the authors speak of their own work. */
const OWN =
  /\b(?:we|our|ours|us|this (?:paper|work|study|report|method|approach|model|framework|technique|system|design)|(?:the|a|our) (?:proposed|presented|introduced)|proposed (?:method|model|approach|framework))\b/i;

/**
 * Other or earlier models and work. "Recent", "modern" and "existing" only count when they
 * qualify models or work, not "a modern GPU".
 */
const OTHERS = String.raw`\b(?:recent|modern|existing|current|previous|prior|earlier|conventional|typical|popular|contemporary|today'?s|frontier|many|(?<!the )most|these|such|other|state-of-the-art|sota|open-source|commercial|proprietary|publicly available)\s+(?:[\w-]+\s+){0,3}?(?:advances?|progress|works?|studies|research|approaches|methods|models|llms|lms|rnns|transformers|architectures|systems|baselines)\b`;

/** The field, other models, and limitations that motivate the paper. */
const FIELD = (): RegExp =>
  new RegExp(
    [
      String.raw`\b(?:becom\w*|are|is|grow\w*)\s+(?:increasingly\s+|more\s+|now\s+)*(?:prevalent|common|popular|standard|widespread|the norm)\b`,
      OTHERS,
      String.raw`\b(?:constrained|limited|restricted|bounded|capped)\s+(?:by|to)\b`,
      String.raw`\b(?:cannot|can ?not|could not|unable to|fail(?:s|ed)? to|struggle\w* to)\s+(?:handle|process|scale|model|support|go beyond|exceed)\b`,
      String.raw`\b(?:remains?|is|are)\s+(?:still\s+)?(?:challenging|difficult|prohibitive|impractical|unaffordable|not affordable|infeasible|a (?:challenge|bottleneck))\b`,
      String.raw`\bthe demand for\b`,
    ].join('|'),
    'i',
  );

/** Comparisons, superlatives among others included ("one of the longest … of publicly available LMs"). */
const COMPARISON = String.raw`\b(?:compared (?:to|with)|than|against|versus|vs\.?|relative to|unlike|outperform\w*|among|one of the \w+est)`;

/** Verbs by which the paper does better than what follows them. */
const OUTDOES = String.raw`surpass\w*|outperform\w*|beat(?:s|ing)?`;

/** A comparison whose object is the number itself: "compared to the 32K …", "versus 4K". */
const COMPARED_TO_NUMBER = (): RegExp =>
  new RegExp(
    String.raw`\b(?:compared (?:to|with)|against|versus|vs\.?|relative to|${OUTDOES})\s+(?:(?:the|a|an|only|just)\s+)?$`,
    'i',
  );

/**
 * A comparison with other models in the number's clause, the number theirs: "against
 * state-of-the-art models trained on context lengths up to 32k" ("compared to baselines on 4K" is
 * the paper's experiment). A comparison with a named system ("3x faster than FlashAttention
 * at 128K") keeps the number: both ran at that length, the paper's method included.
 */
const COMPARED_TO_OTHERS = (): RegExp =>
  new RegExp(
    String.raw`${COMPARISON}\s+[^,;:()]*?(?:${OTHERS}|\bbaselines?\b)\s+(?:trained|pre-?trained|fine-?tuned|that|which|supporting|using|with|of)\b[^,;:()]*$`,
    'i',
  );

/**
 * Examples of what the paper is compared with, named after the comparison: "outperform … models,
 * such as GPT-5 and Qwen-3 235B", "approaches (e.g., BAGEL-7B)". The list ends where the authors
 * speak again ("…, while our 7B model").
 */
const COMPARED_EXAMPLES = (): RegExp =>
  new RegExp(
    String.raw`\b(?:${OUTDOES}|compared (?:to|with)|against|versus|rival\w*)\b[^.;:]*?(?:such as|e\.g\.,?|including|like)\s+(?:(?!\b(?:we|our|while|whereas|but|yet)\b)[^.;:()])*$`,
    'i',
  );

/** A size joined to a compared one: "surpassing the 80B HunyuanImage by 28% … and the 27B …". */
const AND_COMPARED_SIZE = (): RegExp =>
  new RegExp(
    String.raw`\b(?:${OUTDOES})\s+(?:the\s+)?\d[\d.]*[MB]\b[^.;:]*\band\s+(?:the\s+)?$`,
    'i',
  );

/** Comparison clauses: other models named there are what the paper is measured against. */
const COMPARISON_CLAUSE = (): RegExp => new RegExp(String.raw`${COMPARISON}\s+[^,;:()]*`, 'gi');

/** "the 32K baseline", "a 4K-context baseline": the number names the baseline. */
const BASELINE_AFTER = /^[\s-]*(?:[\w-]+\s+){0,2}baselines?\b/i;

/**
 * A model under study described by a relative clause: "our analysis of Yi-34B, which supports
 * context length of 200K". The model is someone else's: the paper analyses or evaluates it.
 */
const STUDIED_MODEL =
  /\b(?:analy[sz]\w*|evaluat\w*|study|studies|assessment|comparison|examination|benchmarking|testing)\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*,?\s+(?:which|that)\s+(?!we\b)[^,;:]*$/;

/**
 * The sentence speaks of the field or of others, not of the paper: it has their vocabulary outside
 * its comparisons ("faster than previous methods" compares the paper with them), and neither the
 * authors' words nor the paper's own name.
 */
/**
 * Patterns built from parts, compiled on first use: module-level `new RegExp` calls would be kept
 * in the page's bundle, which imports this folder's units but never extracts claims.
 */
let compiled: { field: RegExp; comparedBefore: RegExp[]; comparisonClause: RegExp } | undefined;
const patterns = () =>
  (compiled ??= {
    field: FIELD(),
    /** Each reads the text before a number: one match makes the number the compared side's. */
    comparedBefore: [
      COMPARED_TO_NUMBER(),
      COMPARED_EXAMPLES(),
      AND_COMPARED_SIZE(),
      COMPARED_TO_OTHERS(),
    ],
    comparisonClause: COMPARISON_CLAUSE(),
  });

function isFieldSentence(sentence: string, name?: string): boolean {
  if (OWN.test(sentence) || (name && mentionsName(sentence, name))) return false;
  const { field, comparisonClause } = patterns();
  return field.test(sentence.replace(comparisonClause, ' '));
}

function mentionsName(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  const after = sentence[at + name.length] ?? '';
  return !/\w/.test(sentence[at - 1] ?? '') && !/[a-z]/.test(after);
}

/**
 * True when the number at [start, end) of the sentence is a length or size of the paper's own work.
 * `end` is where the number and its unit words end; `name` is the paper's own name, if any.
 */
export function isPapersOwn(sentence: string, start: number, end: number, name?: string): boolean {
  if (isFieldSentence(sentence, name)) return false;
  const before = sentence.slice(Math.max(0, start - 120), start);
  if (patterns().comparedBefore.some((re) => re.test(before))) return false;
  if (BASELINE_AFTER.test(sentence.slice(end, end + 40))) return false;
  return !STUDIED_MODEL.test(before);
}
