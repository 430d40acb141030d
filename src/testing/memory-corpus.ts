/**
 * A LoadedCorpus from papers already in memory, every detail in place: for component tests and
 * anything that holds a whole Corpus (no file is fetched; the search worker's api runs in-process,
 * on an index built from the texts).
 */
import type { Paper } from '../lib/types';
import { FORMAT_VERSION } from '../lib/corpus-format';
import { toDetails } from '../lib/corpus-rows';
import type { PaperMeta } from '../lib/corpus-format';
import { facetOrder } from '../lib/taxonomy';
import { loadedCorpus } from '../corpus/corpus-client';
import type { LoadedCorpus } from '../corpus/corpus-client';
import type { MetaCorpus } from '../lib/corpus-rows';
import { DetailsStore } from '../corpus/details-store';
import { createSearchClient } from '../corpus/search-client';
import { SearchHost } from '../corpus/search-host';
import { buildIndexData } from '../lib/search/index-build';

export function memoryCorpus(full: readonly Paper[]): LoadedCorpus {
  const order = facetOrder();
  const papers: PaperMeta[] = full.map(
    ({ abstract: _a, links: _l, related: _r, authors: _au, ...meta }, index) => ({
      ...meta,
      index,
    }),
  );
  const size = Math.max(1, full.length);
  const meta: MetaCorpus = {
    base: '/memory/',
    file: {
      version: FORMAT_VERSION,
      builtAt: '',
      source: 'memory',
      count: full.length,
      facets: order,
      shardSize: size,
      shards: ['memory'],
      shardStarts: [0],
      index: { file: '', bytes: 0 },
    },
    papers,
    bySlug: new Map(papers.map((p) => [p.slug, p])),
  };
  const details = new DetailsStore(meta);
  const bySlug = new Map(full.map((p, i) => [p.slug, i]));
  details.put(
    0,
    full.map((p) => toDetails(p, order, (s) => bySlug.get(s) ?? -1)),
  );
  return loadedCorpus(
    meta,
    details,
    createSearchClient(papers, async (columns, names, onStatus) => ({
      api: new SearchHost(columns, names, details, onStatus, 'in-process', async () =>
        buildIndexData(full),
      ),
    })),
  );
}
