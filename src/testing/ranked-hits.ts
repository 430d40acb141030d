/**
 * Every match of a query as a ranked hit with its matched terms: the plain form of the engine's
 * answer that the relevance and parity tests (and the Node bench) read. The app asks for pages
 * (src/lib/search/pipeline.ts) instead.
 */
import { searchCompact } from '../lib/search/engine';
import type { CompactResult, SearchIndex } from '../lib/search/engine';
import { encodeIndex } from '../lib/search/index-codec';
import { termId } from '../lib/search/vocab-lookup';
import type { ParsedQuery } from '../lib/search/query';

export interface EngineHit {
  id: number;
  score: number;
  /** Index terms that matched in this paper (for highlighting). */
  terms: string[];
}

export interface SearchResultSet {
  hits: EngineHit[];
  /** True when no paper matched all words and the OR fallback was used. */
  relaxed: boolean;
}

/** Every match as a hit, best first (ties in corpus order), each with its matched terms. */
export function searchWithInfo(index: SearchIndex, parsed: ParsedQuery): SearchResultSet {
  const r = searchCompact(index, parsed);
  const termSets = perDocTerms(index, r);
  const hits: EngineHit[] = [];
  for (let i = 0; i < r.size; i += 1) {
    const id = r.docs[i]!;
    hits.push({ id, score: r.scores[i]!, terms: termSets.get(id) ?? [] });
  }
  hits.sort((a, b) => b.score - a.score || a.id - b.id);
  return { hits, relaxed: r.relaxed };
}

function perDocTerms(index: SearchIndex, r: CompactResult): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!r.terms.length) return out;
  const member = new Set(r.docs.subarray(0, r.size));
  for (const term of r.terms) {
    const id = termId(index.data.terms, term);
    const seen = new Set<number>();
    for (const field of index.data.fields) {
      if (!field) continue;
      for (let i = field.start[id]!; i < field.start[id + 1]!; i += 1) {
        const doc = field.docs[i]!;
        if (!member.has(doc) || seen.has(doc)) continue;
        seen.add(doc);
        const list = out.get(doc);
        if (list) list.push(term);
        else out.set(doc, [term]);
      }
    }
  }
  return out;
}

export function searchIndex(index: SearchIndex, parsed: ParsedQuery): EngineHit[] {
  return searchWithInfo(index, parsed).hits;
}

export function serializeIndex(index: SearchIndex): Uint8Array {
  return encodeIndex(index.data);
}
