/** Shared shapes of the corpus: written by scripts/build-corpus.ts, read by the browser. */

export type FacetGroup = 'technique' | 'modality' | 'contribution' | 'topic';
/** Topic values are discovered per corpus (src/lib/topics/), the others come from taxonomy.json. */
export const FACET_GROUPS: readonly FacetGroup[] = [
  'technique',
  'modality',
  'contribution',
  'topic',
];
/** The groups the curated rules tag (src/lib/tagging/). */
export type RuleGroup = Exclude<FacetGroup, 'topic'>;

export type LinkKind = 'code' | 'model' | 'project' | 'other';
/** A link's kind as its badge says it (paper page, compare, prerendered page). */
export const LINK_LABELS: Record<LinkKind, string> = {
  code: 'Code',
  model: 'Model',
  project: 'Project page',
  other: 'Link',
};
export interface PaperLink {
  /** Clean absolute http(s) URL. */
  url: string;
  kind: LinkKind;
}

export interface TagEvidence {
  /** Facet value id from taxonomy.json. */
  id: string;
  /** Exact phrases from the title or abstract that triggered the tag (may be empty for defaults). */
  evidence: string[];
}

export interface PaperTags {
  technique: TagEvidence[];
  modality: TagEvidence[];
  /** Exactly one contribution kind. */
  contribution: TagEvidence;
  /**
   * Discovered topics (src/lib/topics/), main topic first; evidence = this paper's phrases that
   * put it there. Absent in corpora built before topics.
   */
  topic?: TagEvidence[];
}

export type ClaimKind = 'context' | 'speedup' | 'reduction' | 'model-size';
export interface Claim {
  kind: ClaimKind;
  /** Normalised value: tokens (or frames/bytes, see unit) for context, × for speedup, % for reduction, parameters for model-size. */
  value: number;
  /** Unit of `value`: 'tokens' | 'frames' | 'bytes' | 'bp' | '×' | '%' | 'params'. */
  unit: string;
  /** The text as written in the abstract, e.g. "128K tokens". */
  text: string;
  /** The sentence the claim came from. */
  sentence: string;
}

export interface RelatedPaper {
  slug: string;
  /** Words both papers share that drove the similarity, most informative first. */
  shared: string[];
}

export interface Paper {
  slug: string;
  /** 0-based position in the dump. */
  index: number;
  title: string;
  /** The paper's own name (e.g. "Longformer"), when it has one. */
  name?: string;
  abstract: string;
  links: PaperLink[];
  tags: PaperTags;
  claims: Claim[];
  related: RelatedPaper[];
  /** Set when the dump had a title with no abstract. */
  missingAbstract?: boolean;
  /** The arXiv id the abstract names (`2401.01234`, `cs/0112017`; no version), when it names one. */
  arxiv?: string;
  /** The DOI the abstract names, when it names one (arXiv's own DOIs become `arxiv`). */
  doi?: string;
  /** Authors in listed order, where the listing names them (BibTeX, arXiv, a table). */
  authors?: string[];
  /** The year the listing states, or that the listing's own arXiv id was posted in. */
  year?: number;
}

export interface ParseWarning {
  line: number;
  message: string;
}

/** A paper as the parser sees it, before tagging and enrichment. */
export interface ParsedPaper {
  title: string;
  abstract: string;
  /** 1-based line numbers in the dump. */
  titleLine: number;
  abstractLine?: number;
  /** The paper's own ids, where the listing states them (an arXiv listing's records). */
  arxiv?: string;
  doi?: string;
  /** Authors and year, where the listing states them (raw: TeX is repaired by the build). */
  authors?: string[];
  year?: number;
  /** Links the listing states beside the paper (a code or project field), with the field's name. */
  links?: { url: string; label: string }[];
}

export interface ParseResult {
  papers: ParsedPaper[];
  warnings: ParseWarning[];
}

/** A discovered topic as the corpus carries it (CONTRACT.md, "Topics"). */
export interface CorpusTopic {
  /** Slug of the name: the `topic=` URL value. */
  id: string;
  name: string;
  /** Its defining phrases, most distinctive first. */
  phrases: string[];
  /** Papers that belong to it. */
  count: number;
}

export interface Corpus {
  version: 1;
  /** ISO date of the build. */
  builtAt: string;
  source: string;
  papers: Paper[];
  /** Discovered topics, in facet order (largest first); papers refer to them by id. */
  topics?: CorpusTopic[];
}

export const GROUP_LABELS: Record<FacetGroup, string> = {
  technique: 'Technique',
  modality: 'Modality',
  contribution: 'Contribution',
  topic: 'Topic',
};
