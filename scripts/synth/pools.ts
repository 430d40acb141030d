/**
 * Phrase and sentence pools taken from a real dump, so synthetic papers keep its vocabulary and
 * lengths. Reads the dump with plain line logic on purpose: the bench must not depend on the
 * project's parser (which it measures).
 */

export interface SourceSentence {
  text: string;
  /** Name of the paper the sentence came from, replaced by the new paper's name. */
  name?: string;
}

export interface Pools {
  chrome: string[];
  /** Fraction of real titles with a "Name: ..." prefix. */
  nameRate: number;
  nameStarts: string[];
  nameEnds: string[];
  /** Title bodies split at a connector: head + connector + tail. */
  heads: string[];
  tails: string[];
  /** Title bodies without a connector. */
  wholes: string[];
  openers: SourceSentence[];
  middles: SourceSentence[];
  closers: SourceSentence[];
  /** Sentence counts of the real abstracts (sampled to keep the length distribution). */
  sentenceCounts: number[];
}

const CONNECTOR = / (for|with|via|through|using|in|beyond|on) /;
const NAME_CHUNK = /[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+/g;
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z(])/;
const ABBREVIATION = /\b(e\.g|i\.e|al|vs|cf|Fig|Eq|etc)\.$/;

/** Sentences of an abstract; does not split after "e.g.", "et al." and similar. */
export function splitSentences(abstract: string): string[] {
  const out: string[] = [];
  for (const piece of abstract.split(SENTENCE_END)) {
    const last = out.length - 1;
    if (last >= 0 && ABBREVIATION.test(out[last] ?? '')) out[last] += ` ${piece}`;
    else if (piece) out.push(piece);
  }
  return out;
}

/** Splits the real dump into (title, abstract) pairs: lines 3+, "Subscribe" glued to the first title. */
export function readRealPairs(text: string): { chrome: string[]; pairs: [string, string][] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const chrome = lines.slice(0, 2);
  const body = lines.slice(2).filter((l) => l.trim() !== '');
  if (body[0]) body[0] = body[0].replace(/^Subscribe/, '');
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < body.length; i += 2) pairs.push([body[i] ?? '', body[i + 1] ?? '']);
  return { chrome, pairs };
}

function splitName(title: string): { name?: string; body: string } {
  const colon = title.indexOf(': ');
  if (colon > 0) {
    const prefix = title.slice(0, colon);
    if (prefix.split(' ').length <= 3) return { name: prefix, body: title.slice(colon + 2) };
  }
  return { body: title };
}

function addNameChunks(name: string, starts: string[], ends: string[]): void {
  const first = name.split(/[\s-]/)[0] ?? name;
  const chunks = first.match(NAME_CHUNK) ?? [];
  if (chunks.length < 2) return;
  starts.push(chunks[0] ?? '');
  ends.push(chunks.slice(1).join(''));
}

export function buildPools(text: string): Pools {
  const { chrome, pairs } = readRealPairs(text);
  const pools: Pools = {
    chrome,
    nameRate: 0,
    nameStarts: [],
    nameEnds: [],
    heads: [],
    tails: [],
    wholes: [],
    openers: [],
    middles: [],
    closers: [],
    sentenceCounts: [],
  };
  let named = 0;
  for (const [title, abstract] of pairs) {
    const { name, body } = splitName(title);
    if (name) {
      named++;
      addNameChunks(name, pools.nameStarts, pools.nameEnds);
    }
    const m = CONNECTOR.exec(body);
    if (m && m.index > 0) {
      pools.heads.push(body.slice(0, m.index));
      pools.tails.push(body.slice(m.index));
    } else pools.wholes.push(body);
    const sentences = splitSentences(abstract);
    pools.sentenceCounts.push(sentences.length);
    sentences.forEach((s, i) => {
      const item: SourceSentence = name ? { text: s, name } : { text: s };
      if (i === 0) pools.openers.push(item);
      else if (i === sentences.length - 1) pools.closers.push(item);
      else pools.middles.push(item);
    });
  }
  pools.nameRate = pairs.length ? named / pairs.length : 0;
  if (!pools.openers.length || !pools.heads.length || !pools.nameStarts.length) {
    throw new Error('the real dump is too small to build synthetic pools');
  }
  if (!pools.middles.length) pools.middles.push(...pools.openers);
  if (!pools.closers.length) pools.closers.push(...pools.openers);
  if (!pools.wholes.length) pools.wholes.push(...pools.heads);
  return pools;
}
