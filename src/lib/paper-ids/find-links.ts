/**
 * "Find this paper": where a reader can open the paper itself. Direct links when the abstract
 * named an arXiv id or a DOI; searches by title on arXiv, Hugging Face Papers, Semantic Scholar
 * and Google Scholar always (the dump holds no id for most papers).
 */
import { arxivAbsUrl, arxivPdfUrl, doiUrl } from './id-format';

export interface FindLink {
  label: string;
  url: string;
  /** A link straight to the paper (arXiv page, PDF, DOI), not a search. */
  direct: boolean;
}

/** The title as a search query: one line, no surrounding punctuation or quotes. */
export function searchTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}?!)]+$/gu, '')
    .trim();
}

export function findLinks(p: { title: string; arxiv?: string; doi?: string }): FindLink[] {
  const q = encodeURIComponent(searchTitle(p.title));
  const direct: FindLink[] = [];
  if (p.arxiv) {
    direct.push({ label: `arXiv ${p.arxiv}`, url: arxivAbsUrl(p.arxiv), direct: true });
    direct.push({ label: 'PDF', url: arxivPdfUrl(p.arxiv), direct: true });
  }
  if (p.doi) direct.push({ label: `DOI ${p.doi}`, url: doiUrl(p.doi), direct: true });
  return [
    ...direct,
    {
      label: 'arXiv search',
      url: `https://arxiv.org/search/?query=${q}&searchtype=title`,
      direct: false,
    },
    { label: 'Hugging Face Papers', url: `https://huggingface.co/papers?q=${q}`, direct: false },
    {
      label: 'Semantic Scholar',
      url: `https://www.semanticscholar.org/search?q=${q}`,
      direct: false,
    },
    { label: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${q}`, direct: false },
  ];
}
