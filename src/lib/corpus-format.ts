/**
 * The corpus as the browser loads it, split so the list can show before everything arrives:
 * - meta.json: per paper what the list, facets, sorting and insights need (slug, title, name,
 *   tag ids, claims without their sentence), as compact rows;
 * - details/d-NNNN.json: shards of consecutive papers with the rest (abstract, links, tag
 *   evidence, claim sentences, related papers), fetched on demand. The first shard holds the
 *   first page of the default list (FIRST_SHARD papers), so the first screen needs little of it;
 *   the others hold `shardSize` papers each;
 * - index.bin: the prebuilt full-text index (search/index-codec.ts).
 * Rows are arrays, not objects: at 100k papers the meta file is parsed before the list shows.
 * corpus.json (the whole Corpus) is still written for tools; the app does not read it.
 */
import type { ClaimKind, FacetGroup, Paper, PaperLink, TagEvidence } from './types';
import { FACET_GROUPS } from './types';

export const FORMAT_VERSION = 2;

/**
 * A paper as the list sees it (meta.json): a Paper without abstract, links and related papers.
 * Its tags carry no evidence and its claims no sentence (both empty) until joined with details.
 */
export type PaperMeta = Omit<Paper, 'abstract' | 'links' | 'related'>;

/** What a paper's page adds to its meta (a row of a details shard). */
export interface PaperDetails {
  abstract: string;
  links: PaperLink[];
  /** Evidence phrases per tag, parallel to PaperMeta.facets. */
  evidence: Record<FacetGroup, string[][]>;
  /** The sentence of each claim, parallel to PaperMeta.claims. */
  sentences: string[];
  /** Related papers by dump position, with the shared words. */
  related: [index: number, shared: string[]][];
}

export interface MetaFile {
  version: typeof FORMAT_VERSION;
  builtAt: string;
  source: string;
  count: number;
  /** Facet value ids per group; meta rows refer to them by position. */
  facets: Record<FacetGroup, string[]>;
  shardSize: number;
  /** Shard file names (relative to meta.json). */
  shards: string[];
  /** First paper of each shard: shard i holds papers [shardStarts[i], shardStarts[i + 1] or count). */
  shardStarts: number[];
  index: { file: string; bytes: number };
  papers: MetaRow[];
}

/** [slug, title, name or 0, [[technique positions], [modality positions], [contribution]], claims, flags]. */
export type MetaRow = [
  string,
  string,
  string | 0,
  number[][],
  [ClaimKind, number, string, string][],
  number,
];

export interface DetailShard {
  version: typeof FORMAT_VERSION;
  /** Dump position of the first paper of the shard. */
  from: number;
  papers: PaperDetails[];
}

const MISSING_ABSTRACT = 1;

/** Papers in the first shard: the default list's first page. */
export const FIRST_SHARD = 25;

/** Where each shard starts, for `count` papers. */
export function shardStartsFor(count: number, shardSize: number): number[] {
  const starts = [0];
  for (let at = Math.min(FIRST_SHARD, shardSize); at < count; at += shardSize) starts.push(at);
  return starts;
}

/** The shard holding paper `index` (binary search over the starts). */
export function shardOf(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function shardFileName(i: number): string {
  return `details/d-${String(i).padStart(4, '0')}.json`;
}

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

export function fromMetaRow(
  row: MetaRow,
  index: number,
  order: Record<FacetGroup, string[]>,
): PaperMeta {
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
    },
    claims: meta.claims.map((c, i) => ({ ...c, sentence: details.sentences[i] ?? '' })),
    related: details.related.flatMap(([i, shared]) => {
      const slug = slugAt(i);
      return slug ? [{ slug, shared }] : [];
    }),
  };
  if (meta.name) paper.name = meta.name;
  if (meta.missingAbstract) paper.missingAbstract = true;
  return paper;
}
