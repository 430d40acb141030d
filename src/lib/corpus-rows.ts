/**
 * Rows of the corpus files (corpus-format.ts) from and to papers: what the build writes and the
 * browser reads back. joinPaper(meta, details) gives back the Paper the build had.
 */
import type { ClaimKind, FacetGroup, Paper, TagEvidence } from './types';
import { FACET_GROUPS } from './types';
import { MISSING_ABSTRACT } from './corpus-format';
import type { MetaFile, MetaRow, PaperDetails, PaperIdsRow, PaperMeta } from './corpus-format';
import { bad, checkMeta, topicValues } from './corpus-check';
import { hasArxivShape, hasDoiShape } from './paper-ids/id-format';
import { setTopics } from './taxonomy';

export function toMetaRow(p: Paper, order: Record<FacetGroup, string[]>): MetaRow {
  const ids = facetIdsOf(p);
  const positions = FACET_GROUPS.map((g) =>
    ids[g].map((id) => order[g].indexOf(id)).filter((i) => i >= 0),
  );
  const claims = p.claims.map((c): [ClaimKind, number, string, string] => [
    c.kind,
    c.value,
    c.unit,
    c.text,
  ]);
  return [
    p.slug,
    p.title,
    p.name ?? 0,
    positions,
    claims,
    p.missingAbstract ? MISSING_ABSTRACT : 0,
  ];
}

export function facetIdsOf(p: Pick<Paper, 'tags'>): Record<FacetGroup, string[]> {
  return {
    technique: p.tags.technique.map((t) => t.id),
    modality: p.tags.modality.map((t) => t.id),
    contribution: [p.tags.contribution.id],
    topic: p.tags.topic?.map((t) => t.id) ?? [],
  };
}

const NO_EVIDENCE: readonly string[] = Object.freeze([]);

/**
 * One frozen tag object per facet value, shared by every paper that has it: meta tags carry no
 * evidence, and at 100k papers a fresh object per tag is a few hundred thousand objects.
 */
const sharedTags = new WeakMap<Record<FacetGroup, string[]>, Map<string, TagEvidence>>();

function tagFor(order: Record<FacetGroup, string[]>, g: FacetGroup, id: string): TagEvidence {
  let tags = sharedTags.get(order);
  if (!tags) sharedTags.set(order, (tags = new Map()));
  const key = `${g}:${id}`;
  let tag = tags.get(key);
  if (!tag) tags.set(key, (tag = Object.freeze({ id, evidence: NO_EVIDENCE as string[] })));
  return tag;
}

function fromMetaRow(row: MetaRow, index: number, order: Record<FacetGroup, string[]>): PaperMeta {
  const [slug, title, name, positions, claims, flags] = row;
  const tagsOf = (gi: number, g: FacetGroup): TagEvidence[] =>
    (positions[gi] ?? []).flatMap((i) => {
      const id = order[g][i];
      return id === undefined ? [] : [tagFor(order, g, id)];
    });
  const meta: PaperMeta = {
    slug,
    index,
    title,
    tags: {
      technique: tagsOf(0, 'technique'),
      modality: tagsOf(1, 'modality'),
      contribution: tagsOf(2, 'contribution')[0] ?? tagFor(order, 'contribution', ''),
      topic: tagsOf(3, 'topic'),
    },
    claims: claims.map(([kind, value, unit, text]) => ({ kind, value, unit, text, sentence: '' })),
  };
  if (name) meta.name = name;
  if (flags & MISSING_ABSTRACT) meta.missingAbstract = true;
  return meta;
}

/** Details of a paper; evidence is kept for the tags toMetaRow keeps (ids in `order`). */
export function toDetails(
  p: Paper,
  order: Record<FacetGroup, string[]>,
  indexOfSlug: (slug: string) => number,
): PaperDetails {
  const tags = {
    technique: p.tags.technique,
    modality: p.tags.modality,
    contribution: [p.tags.contribution],
    topic: p.tags.topic ?? [],
  };
  const evidence = {} as Record<FacetGroup, string[][]>;
  for (const g of FACET_GROUPS)
    evidence[g] = tags[g].filter((t) => order[g].includes(t.id)).map((t) => t.evidence);
  return {
    abstract: p.abstract,
    links: p.links,
    evidence,
    sentences: p.claims.map((c) => c.sentence),
    related: p.related
      .map((r): [number, string[]] => [indexOfSlug(r.slug), r.shared])
      .filter(([i]) => i >= 0),
    ...(p.authors?.length ? { authors: p.authors } : {}),
  };
}

/** The full Paper of a meta entry and its details; `slugAt` maps dump positions to slugs. */
export function joinPaper(
  meta: PaperMeta,
  details: PaperDetails,
  slugAt: (index: number) => string | undefined,
): Paper {
  const tag = (g: FacetGroup, i: number, t: TagEvidence) => ({
    id: t.id,
    evidence: details.evidence[g]?.[i] ?? [],
  });
  const paper: Paper = {
    slug: meta.slug,
    index: meta.index,
    title: meta.title,
    abstract: details.abstract,
    links: details.links,
    tags: {
      technique: meta.tags.technique.map((t, i) => tag('technique', i, t)),
      modality: meta.tags.modality.map((t, i) => tag('modality', i, t)),
      contribution: tag('contribution', 0, meta.tags.contribution),
      topic: (meta.tags.topic ?? []).map((t, i) => tag('topic', i, t)),
    },
    claims: meta.claims.map((c, i) => ({ ...c, sentence: details.sentences[i] ?? '' })),
    related: details.related.flatMap(([i, shared]) => {
      const slug = slugAt(i);
      return slug ? [{ slug, shared }] : [];
    }),
  };
  if (meta.name) paper.name = meta.name;
  if (meta.missingAbstract) paper.missingAbstract = true;
  if (meta.arxiv) paper.arxiv = meta.arxiv;
  if (meta.doi) paper.doi = meta.doi;
  if (details.authors?.length) paper.authors = details.authors;
  if (meta.year) paper.year = meta.year;
  return paper;
}

/** The ids row of a paper (meta.json `ids`), or undefined when it has none. */
export function toIdsRow(p: Pick<Paper, 'arxiv' | 'doi'>): PaperIdsRow | undefined {
  return p.arxiv || p.doi ? [p.arxiv ?? 0, p.doi ?? 0] : undefined;
}

/**
 * Sets the ids of meta.json's `ids` on the papers. They become URLs, so an id that is not one
 * (a file the build did not write) is left out rather than linked.
 */
function applyIds(papers: PaperMeta[], ids: Record<string, unknown> | undefined): void {
  if (!ids || typeof ids !== 'object') return;
  for (const [key, row] of Object.entries(ids)) {
    const paper = papers[Number(key)];
    if (!paper || !Array.isArray(row)) continue;
    const [arxiv, doi] = row as unknown[];
    if (typeof arxiv === 'string' && hasArxivShape(arxiv)) paper.arxiv = arxiv;
    if (typeof doi === 'string' && hasDoiShape(doi)) paper.doi = doi;
  }
}

export interface MetaCorpus {
  /** URL of the directory holding meta.json, ending in '/'. */
  base: string;
  file: Omit<MetaFile, 'papers'>;
  papers: PaperMeta[];
  bySlug: Map<string, PaperMeta>;
}

/** The papers of a parsed meta.json, checked; `base` is where its files are served. */
export function metaCorpus(json: unknown, base: string): MetaCorpus {
  const { papers: rows, ids, years, ...file } = checkMeta(json);
  // The page and the search worker each hold one corpus: its topics are the topic facet's values.
  setTopics(topicValues(file));
  const papers = rows.map((row, i) => fromMetaRow(row, i, file.facets));
  applyIds(papers, ids);
  years?.forEach((year, i) => {
    if (year) papers[i]!.year = year;
  });
  const bySlug = new Map(papers.map((p) => [p.slug, p]));
  // Two papers with one slug would share a page and a reading-list entry.
  if (bySlug.size !== papers.length) throw bad('meta.json slugs are not unique');
  return { base, file, papers, bySlug };
}
