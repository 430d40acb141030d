/** JSON export: each paper's public fields, without build internals (dump position, tag evidence). */
import type { Claim, Paper, PaperLink } from '../types';
import { pageUrl } from './export-options';
import { findLinks, type FindLink } from '../paper-ids/find-links';

interface ExportedPaper {
  slug: string;
  /** The paper's page, when a base URL was given. */
  url?: string;
  title: string;
  name?: string;
  abstract: string;
  links: PaperLink[];
  /** `topic`: the topics found in the listing (main first), when the corpus has them. */
  tags: { technique: string[]; modality: string[]; contribution: string; topic?: string[] };
  claims: Pick<Claim, 'kind' | 'value' | 'unit' | 'text'>[];
  /** Slugs of related papers, most related first. */
  related: string[];
  missingAbstract?: true;
  /** The arXiv id and DOI the abstract names, when it names them. */
  arxiv?: string;
  doi?: string;
  /** Authors and year, when the listing states them. */
  authors?: string[];
  year?: number;
  /** Where to find the paper: its arXiv page, PDF and DOI when known, then searches by title. */
  find: Omit<FindLink, 'direct'>[];
}

function exportedPaper(p: Paper, baseUrl?: string): ExportedPaper {
  return {
    slug: p.slug,
    ...(baseUrl !== undefined ? { url: pageUrl(baseUrl, p.slug) } : {}),
    title: p.title,
    ...(p.name ? { name: p.name } : {}),
    abstract: p.abstract,
    links: p.links.map(({ url, kind }) => ({ url, kind })),
    tags: {
      technique: p.tags.technique.map((t) => t.id),
      modality: p.tags.modality.map((t) => t.id),
      contribution: p.tags.contribution.id,
      ...(p.tags.topic ? { topic: p.tags.topic.map((t) => t.id) } : {}),
    },
    claims: p.claims.map(({ kind, value, unit, text }) => ({ kind, value, unit, text })),
    related: p.related.map((r) => r.slug),
    ...(p.missingAbstract ? { missingAbstract: true as const } : {}),
    ...(p.arxiv ? { arxiv: p.arxiv } : {}),
    ...(p.doi ? { doi: p.doi } : {}),
    ...(p.authors?.length ? { authors: p.authors } : {}),
    ...(p.year ? { year: p.year } : {}),
    find: findLinks(p).map(({ label, url }) => ({ label, url })),
  };
}

/** Pretty-printed (2 spaces) array, ending with a newline. */
export function toJson(papers: readonly Paper[], opts?: { baseUrl?: string }): string {
  return `${JSON.stringify(
    papers.map((p) => exportedPaper(p, opts?.baseUrl)),
    null,
    2,
  )}\n`;
}
