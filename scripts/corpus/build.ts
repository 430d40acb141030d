import type { Corpus, Paper, ParseWarning } from '../../src/lib/types';
import { parseDump } from '../../src/lib/dump/parse-dump';
import { cleanText } from '../../src/lib/dump/clean-text';
import { extractLinks } from '../../src/lib/dump/extract-links';
import { extractName } from '../../src/lib/dump/paper-name';
import { uniqueSlugs } from '../../src/lib/dump/slug';
import { tagPaper } from '../../src/lib/tagging/tag-paper';
import { extractClaims } from '../../src/lib/claims/extract-claims';
import { computeRelated } from '../../src/lib/related/related-papers';

export interface BuildOptions {
  source: string;
  onProgress?: (message: string) => void;
}

const PROGRESS_EVERY = 10_000;

/** Pure orchestration of the corpus build, so tests and the bench can run it without a process. */
export function buildCorpus(text: string, opts: BuildOptions): { corpus: Corpus; warnings: ParseWarning[] } {
  const progress = opts.onProgress ?? (() => {});
  const { papers: parsed, warnings } = parseDump(text);
  const large = parsed.length >= PROGRESS_EVERY;
  if (large) progress(`parsed ${parsed.length} papers`);

  const titles = parsed.map((p) => cleanText(p.title));
  const slugs = uniqueSlugs(titles);
  const papers: Paper[] = parsed.map((p, i) => {
    if (large && i > 0 && i % PROGRESS_EVERY === 0) progress(`cleaned and tagged ${i}/${parsed.length}`);
    const title = titles[i] ?? '';
    const cleaned = cleanText(p.abstract);
    const name = extractName(title, cleaned);
    // `\method`-style macros stand for the paper's own name: clean again once it is known.
    const abstract = name && p.abstract.includes('\\') ? cleanText(p.abstract, { name }) : cleaned;
    const paper: Paper = {
      slug: slugs[i] ?? `paper-${i + 1}`,
      index: i,
      title,
      abstract,
      links: extractLinks(abstract),
      tags: tagPaper(title, abstract),
      claims: extractClaims(abstract),
      related: [],
    };
    if (name) paper.name = name;
    if (!p.abstract) paper.missingAbstract = true;
    return paper;
  });

  if (large) progress('computing related papers');
  const related = computeRelated(papers.map((p) => ({ title: p.title, abstract: p.abstract })));
  papers.forEach((p, i) => {
    p.related = (related[i] ?? []).map((r) => ({ slug: papers[r.index]?.slug ?? '', shared: r.shared }));
  });

  return {
    corpus: { version: 1, builtAt: new Date().toISOString(), source: opts.source.split('/').pop() ?? '', papers },
    warnings,
  };
}
