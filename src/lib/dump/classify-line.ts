/**
 * What one non-blank dump line is. Titles and abstracts usually alternate, but the parser does not
 * rely on it: an abstract is long or has sentences, a title is short and has none.
 * Every check looks at a bounded prefix, so a 5 MB line costs no more than a short one.
 */
export type LineKind = 'chrome' | 'stray' | 'title' | 'abstract' | 'either';

/** Page text of the listing the dump was copied from, and a paper card's dates and counts. */
const CHROME = new RegExp(
  `^(?:${[
    // Hugging Face's listing and its paper cards.
    'get trending papers in your email inbox(?: once a day)?!?|subscribe|upvotes?|load more|view all',
    'show more|show less|trending papers|daily papers|by ak and the research community',
    'submitted by .{0,60}|share|follow|pdf|abstract|code|[·•]?\\s*\\d+ (?:upvotes?|comments?|authors?)',
    '(?:published on\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:, \\d{4})?',
    // Google Scholar's links beside a result.
    '\\[(?:pdf|html|book|citation|doc)\\]\\s*[\\w.-]*|(?:☆\\s*)?save\\s+(?:❞\\s*)?cite\\b.*|cited by \\d+',
    'related articles|all \\d+ versions',
    // The ACL Anthology's links beside a paper.
    '(?:pdf|bib|abs)(?:\\s+(?:pdf|bib|abs|code|data|dataset|software|video|poster|slides|presentation|attachment|note))+',
    // OpenReview's links, venue and decision lines.
    'download pdf|(?:show|hide) details|(?:accept|reject|withdrawn|desk rejected)(?: \\((?:oral|poster|spotlight|talk)\\))?',
    '[a-z]{2,}(?: [a-z]+)? (?:19|20)\\d\\d (?:conference|workshop|oral|poster|spotlight|talk)',
  ].join('|')})$`,
  'i',
);

/**
 * A labelled line of a paper's page (OpenReview's "Keywords: …", "Published: 16 Jan 2024, Last
 * Modified: …", a journal's "Authors: …"): what the label stands for, and the value. The labels a
 * structured abstract opens with ("Background:", "Motivation:") are none of these: such a line is
 * an abstract.
 */
const FIELD_LINE =
  /^(abstract|tl;? ?dr|authors?|published|year|keywords?|primary area|venue(?:id)?|readers|code of ethics|submission (?:number|guidelines)|anonymous url|no acknowledgement section|supplementary material|flagged for ethics review|reciprocal reviewing|paperhash|pdf|bibtex|license)\s*:\s*(.*)$/i;

export type FieldLabel = 'abstract' | 'tldr' | 'authors' | 'year' | 'other';

/** What a label stands for, where it is more than page text. */
const FIELD_ROLES: Record<string, FieldLabel> = {
  abstract: 'abstract',
  author: 'authors',
  authors: 'authors',
  published: 'year',
  year: 'year',
};

export function fieldLine(line: string): { label: FieldLabel; value: string } | undefined {
  const m = FIELD_LINE.exec(line.slice(0, 200));
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  const label = name.startsWith('tl') ? 'tldr' : (FIELD_ROLES[name] ?? 'other');
  return { label, value: (m[2] ?? '') + line.slice(200) };
}

/** The listing's "Subscribe" button glued to the first title: "SubscribeLodge: ...". */
export const GLUED_SUBSCRIBE = /^Subscribe(?=[A-Z0-9"“'(\p{Lo}\p{So}])/u;
/**
 * Google Scholar's mark in front of a title: "[CITATION][C] Title", "[HTML][HTML] Title" ("[PDF]
 * arxiv.org" alone is the link beside it: page text).
 */
export const SCHOLAR_MARK = /^\[(?:CITATION|BOOK|PDF|HTML)\]\[(?:[A-Z]|PDF|HTML)\]\s*(?=\S)/;

/** ". The", and the full stops of Chinese and Japanese, which no space follows ("。我们"). */
const SENTENCE_BREAK = /[.!?]["'”’)\]]*\s+["“(]?[A-Z0-9]|[。！？][”’」』)）]*(?=\S)/gu;
const HEAD = 2000;

function sentenceBreaks(head: string, max: number): number {
  let n = 0;
  SENTENCE_BREAK.lastIndex = 0;
  while (n < max && SENTENCE_BREAK.exec(head)) n++;
  return n;
}

export function classifyLine(line: string): LineKind {
  if (line.length <= 80 && CHROME.test(line)) return 'chrome';
  const head = line.slice(0, HEAD);
  // Nothing readable: "42", "•••", "—". Letters of any script and emoji count ("🚀🚀🚀" is a title).
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(head)) return 'stray';
  if (
    /^[\p{N}\p{P}\p{Z}]{1,12}$/u.test(line) ||
    (line.length < 3 && !/[\p{Lo}\p{Extended_Pictographic}]/u.test(line))
  )
    return 'stray';
  const breaks = sentenceBreaks(head, 2);
  const endsLikeSentence = /[.!。！]["'”’)」』）]{0,3}$/u.test(line.slice(-4)); // an end-anchored regex would scan it all
  if (line.length > 400 || breaks >= 2 || (breaks === 1 && endsLikeSentence)) return 'abstract';
  if (line.length <= 300 && breaks === 0 && !endsLikeSentence) return 'title';
  if (line.length > 200 && endsLikeSentence) return 'abstract';
  return 'either';
}
