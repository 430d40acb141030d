/** Synthetic papers recombined from real phrases and sentences, written as a dump in the real format. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { chance, pick, type Rng } from './prng';
import { mulberry32 } from '../../src/lib/prng';
import type { Pools, SourceSentence } from './pools';

interface SynthPaper {
  title: string;
  abstract: string;
}

export const DEFAULT_SEED = 20240229;
const CHUNK_BYTES = 1 << 20;

function makeName(rng: Rng, pools: Pools): string {
  let name = pick(rng, pools.nameStarts) + pick(rng, pools.nameEnds);
  if (chance(rng, 0.15)) name += pick(rng, pools.nameEnds);
  if (chance(rng, 0.1)) name += `-${1 + Math.floor(rng() * 9)}`;
  return name;
}

function makeBody(rng: Rng, pools: Pools): string {
  const connectorRate = pools.heads.length / (pools.heads.length + pools.wholes.length);
  if (chance(rng, connectorRate)) return pick(rng, pools.heads) + pick(rng, pools.tails);
  return pick(rng, chance(rng, 0.5) ? pools.wholes : pools.heads);
}

function sentence(s: SourceSentence, name: string | undefined): string {
  // "We propose Lodge" becomes "We propose <new name>" so names stay consistent within a paper.
  if (!s.name || !name || s.name.length < 3) return s.text;
  return s.text.split(s.name).join(name);
}

/** One synthetic paper. `seen` holds lowercased titles already used, to keep titles unique. */
function makePaper(rng: Rng, pools: Pools, seen: Set<string>): SynthPaper {
  let name: string | undefined;
  let title = '';
  for (let attempt = 0; attempt < 8; attempt++) {
    name = chance(rng, pools.nameRate) ? makeName(rng, pools) : undefined;
    title = name ? `${name}: ${makeBody(rng, pools)}` : makeBody(rng, pools);
    if (!seen.has(title.toLowerCase())) break;
  }
  // Rare after 8 draws; a version suffix is how real listings disambiguate too.
  for (let v = 2; seen.has(title.toLowerCase()); v++)
    title = `${title.replace(/ v\d+$/, '')} v${v}`;
  seen.add(title.toLowerCase());

  const count = Math.max(1, pick(rng, pools.sentenceCounts));
  const parts = [sentence(pick(rng, pools.openers), name)];
  for (let i = 2; i < count; i++) {
    // One redraw avoids most repeated sentences without skewing the pool.
    let s = pick(rng, pools.middles);
    if (parts.includes(sentence(s, name))) s = pick(rng, pools.middles);
    parts.push(sentence(s, name));
  }
  if (count > 1) parts.push(sentence(pick(rng, pools.closers), name));
  return { title, abstract: parts.join(' ') };
}

/** Yields the dump text in ~1 MB chunks: chrome lines, "Subscribe" glued to the first title, pairs. */
export function* synthChunks(n: number, pools: Pools, seed = DEFAULT_SEED): Generator<string> {
  const rng = mulberry32(seed ^ n);
  const seen = new Set<string>();
  let chunk = pools.chrome.map((l) => `${l}\n`).join('');
  for (let i = 0; i < n; i++) {
    const p = makePaper(rng, pools, seen);
    chunk += `${i === 0 ? 'Subscribe' : ''}${p.title}\n${p.abstract}\n`;
    if (chunk.length >= CHUNK_BYTES) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Streams a synthetic dump of `n` papers to `outPath`, honouring back-pressure. */
export async function writeSynthDump(
  n: number,
  outPath: string,
  pools: Pools,
  seed = DEFAULT_SEED,
): Promise<void> {
  const out = createWriteStream(outPath, { encoding: 'utf8' });
  for (const chunk of synthChunks(n, pools, seed)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
}
