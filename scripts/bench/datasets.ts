/** The dumps measured: the real one at 119 papers, cached synthetic ones above. */
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildPools, readRealPairs } from '../synth/pools';
import { writeSynthDump } from '../synth/generate';
import { BENCH_OUT } from './site';

const REAL_DUMP = 'data/papers.txt';

export function realSize(): number {
  return readRealPairs(readFileSync(REAL_DUMP, 'utf8')).pairs.length;
}

/** Path of the dump with `size` papers, generating (and caching) a synthetic one when needed. */
export async function ensureDump(size: number): Promise<string> {
  if (size === realSize()) return REAL_DUMP;
  mkdirSync(BENCH_OUT, { recursive: true });
  const path = join(BENCH_OUT, `synth-${size}.txt`);
  if (!existsSync(path)) {
    await writeSynthDump(size, path + '.tmp', buildPools(readFileSync(REAL_DUMP, 'utf8')));
    renameSync(path + '.tmp', path);
  }
  return path;
}
