/**
 * Tokenizer for MiniSearch that treats hyphenated and glued forms sensibly.
 *
 * A "chunk" is an alphanumeric run that may contain hyphens or underscores ("Transformer-XL",
 * "KV-cache", "H_2O"); each hyphen-separated "segment" is indexed whole and, when it has inner
 * boundaries (camelCase, letter/digit), also as its pieces: "Mamba2" -> mamba2, mamba, 2;
 * "RingAttention" -> ringattention, ring, attention. Glued forms of a chunk's pieces are not
 * indexed; instead they are reported with the chunk's tokens, and the query side (query-tree.ts)
 * rewrites a glued query word ("kvcache", "transformerxl") into its parts.
 */
import { fold, foldMarks, INNER, NON_ASCII } from './normalize';
import { isStopword } from './stem';

const CHUNK = /[\p{L}\p{N}]+(?:[-_\u2010\u2011][\p{L}\p{N}]+)*/gu;
/** CHUNK for pure-ASCII text (most abstracts): same matches, no Unicode tables, no NFKD pass. */
const ASCII_CHUNK = /[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*/g;
/** What can be part of a chunk beyond ASCII: letters, digits and the hyphens CHUNK joins on. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included
const WORDY_NON_ASCII = /[\u2010\u2011]|(?![\x00-\x7f])[\p{L}\p{N}]/u;
const HYPHEN = /[-_\u2010\u2011]/;

/** Raw chunks of a text, case kept. */
export function chunksOf(text: string): string[] {
  if (!NON_ASCII.test(text)) return text.match(ASCII_CHUNK) ?? [];
  const folded = foldMarks(text);
  // Most non-ASCII in abstracts is punctuation (– × → ’): chunks are then ASCII runs.
  return (WORDY_NON_ASCII.test(folded) ? folded.match(CHUNK) : folded.match(ASCII_CHUNK)) ?? [];
}

export function segmentsOf(chunk: string): string[] {
  return chunk.split(HYPHEN).filter(Boolean);
}

/** Lower-cased pieces of one segment; a single element when it has no inner boundary. */
export function piecesOf(segment: string): string[] {
  return segment.split(INNER).filter(Boolean).map(fold);
}

export interface ChunkTokens {
  tokens: readonly string[];
  /** Glued forms and the words each is made of (both lower-cased, unprocessed). */
  glued: readonly (readonly [string, string[]])[];
}

/**
 * Tokens of each distinct chunk, memoised: words repeat across papers, and the Unicode-aware
 * splitting of a chunk costs microseconds, which at 100k papers (20M tokens) was minutes.
 */
const chunkMemo = new Map<string, ChunkTokens>();
const MEMO_LIMIT = 300_000;

export function chunkTokens(chunk: string): ChunkTokens {
  const known = chunkMemo.get(chunk);
  if (known) return known;
  const segments = segmentsOf(chunk);
  const tokens: string[] = [];
  const glued: [string, string[]][] = [];
  for (const seg of segments) {
    const pieces = piecesOf(seg);
    tokens.push(fold(seg));
    if (pieces.length > 1) {
      tokens.push(...pieces);
      glued.push([fold(seg), pieces]);
    }
  }
  for (let i = 0; i + 1 < segments.length; i += 1) {
    const a = fold(segments[i] ?? '');
    const b = fold(segments[i + 1] ?? '');
    if (isStopword(a) || isStopword(b) || /^\p{N}+$/u.test(a + b)) continue;
    glued.push([a + b, [a, b]]);
  }
  const entry = { tokens, glued };
  if (chunkMemo.size >= MEMO_LIMIT) chunkMemo.clear();
  chunkMemo.set(chunk, entry);
  return entry;
}
