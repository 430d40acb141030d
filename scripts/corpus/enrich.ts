/** One paper from its parsed title and abstract: clean, name, links, tags, claims (related comes later, from all papers). */
import type { Paper, ParsedPaper } from '../../src/lib/types';
import { cleanText } from '../../src/lib/dump/clean-text';
import { extractLinks } from '../../src/lib/dump/extract-links';
import { extractName } from '../../src/lib/dump/paper-name';
import { tagPaper } from '../../src/lib/tagging/tag-paper';
import { extractClaims } from '../../src/lib/claims/extract-claims';
import { paperIds } from '../../src/lib/paper-ids/arxiv-id';
import { datedYear } from '../../src/lib/paper-ids/id-format';

export type RawPaper = Pick<
  ParsedPaper,
  'title' | 'abstract' | 'arxiv' | 'doi' | 'authors' | 'year' | 'links'
>;

/** The paper at dump position `index`; its slug is set once every title is known. */
export function enrichPaper(p: RawPaper, index: number): Paper {
  const title = cleanText(p.title);
  const cleaned = cleanText(p.abstract);
  const name = extractName(title, cleaned);
  // `\method`-style macros stand for the paper's own name: clean again once it is known.
  const abstract = name && p.abstract.includes('\\') ? cleanText(p.abstract, { name }) : cleaned;
  const paper: Paper = {
    slug: '',
    index,
    title,
    abstract,
    links: extractLinks(abstract, p.links),
    tags: tagPaper(title, abstract),
    claims: extractClaims(abstract, name),
    related: [],
  };
  if (name) paper.name = name;
  if (!p.abstract) paper.missingAbstract = true;
  // Ids the listing states are the paper's own; those an abstract names may be another's.
  const ids = { ...paperIds(abstract) };
  if (p.arxiv) ids.arxiv = p.arxiv;
  if (p.doi) ids.doi = p.doi;
  const authors = (p.authors ?? []).map((a) => cleanText(a)).filter((a) => a !== '');
  if (authors.length > 0) paper.authors = authors;
  // The listing's own arXiv id dates the paper; one an abstract names may be another paper's.
  const year = datedYear(p);
  if (year) paper.year = year;
  return Object.assign(paper, ids);
}
