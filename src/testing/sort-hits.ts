/**
 * The result orders written plainly, over hits and papers: the oracle the search pipeline's
 * typed-array orders (src/lib/search/result-order.ts) are tested against. Every order is stable:
 * ties keep the order the hits came in.
 */
import type { Paper } from '../lib/types';
import { titleKey } from '../lib/search/search-tables';
import type { SortKey } from '../lib/url/view-state';
import { postedKey } from '../lib/paper-ids/id-format';

export interface SearchHit {
  /** Index of the paper in corpus order. */
  id: number;
  score: number;
}

type SortablePaper = Pick<Paper, 'title' | 'claims' | 'arxiv'>;

interface Keys {
  title: string[];
  speedup: (number | undefined)[];
  context: (number | undefined)[];
  posted: (number | undefined)[];
}

const keyCache = new WeakMap<readonly SortablePaper[], Keys>();

function maxClaim(p: SortablePaper | undefined, kind: 'speedup' | 'context'): number | undefined {
  let best: number | undefined;
  for (const c of p?.claims ?? []) {
    if (c.kind !== kind || !Number.isFinite(c.value)) continue;
    if (kind === 'context' && c.unit !== 'tokens') continue;
    if (best === undefined || c.value > best) best = c.value;
  }
  return best;
}

function keysOf(papers: readonly SortablePaper[]): Keys {
  let keys = keyCache.get(papers);
  if (!keys) {
    keys = {
      title: papers.map((p) => titleKey(p.title)),
      speedup: papers.map((p) => maxClaim(p, 'speedup')),
      context: papers.map((p) => maxClaim(p, 'context')),
      posted: papers.map((p) => {
        const key = postedKey(p?.arxiv);
        return Number.isNaN(key) ? undefined : key;
      }),
    };
    keyCache.set(papers, keys);
  }
  return keys;
}

/** Larger first; papers without a value last. */
function byValueDesc(values: readonly (number | undefined)[]) {
  return (a: SearchHit, b: SearchHit): number => {
    const va = values[a.id];
    const vb = values[b.id];
    if (va === undefined || vb === undefined)
      return (va === undefined ? 1 : 0) - (vb === undefined ? 1 : 0);
    return vb - va;
  };
}

/**
 * Orders hits: relevance (score, high first), dump (corpus order), title (A–Z), context (longest
 * claimed context in tokens first) or speedup (largest claimed speed-up first). `contexts`, when
 * given, is the per-paper context value to use (e.g. precomputed with other units considered).
 */
export function sortHits(
  hits: readonly SearchHit[],
  sort: SortKey,
  papers: readonly SortablePaper[],
  contexts?: readonly (number | undefined)[],
): SearchHit[] {
  const out = [...hits];
  const keys = keysOf(papers);
  switch (sort) {
    case 'relevance':
      return out.sort((a, b) => b.score - a.score);
    case 'dump':
      return out.sort((a, b) => a.id - b.id);
    case 'title':
      return out.sort((a, b) => {
        const ta = keys.title[a.id] ?? '';
        const tb = keys.title[b.id] ?? '';
        return ta < tb ? -1 : ta > tb ? 1 : 0;
      });
    case 'context':
      return out.sort(byValueDesc(contexts ?? keys.context));
    case 'speedup':
      return out.sort(byValueDesc(keys.speedup));
    case 'posted':
      return out.sort(byValueDesc(keys.posted));
    default:
      return out;
  }
}
