/**
 * Deterministic synthetic dump in the format of data/papers.txt, for the benchmark.
 * Usage: npm run synth -- <N> <out.txt> [--seed S] [--source data/papers.txt]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPools } from './synth/pools';
import { DEFAULT_SEED, writeSynthDump } from './synth/generate';

function usage(message: string): never {
  process.stderr.write(
    `error: ${message}\nusage: npm run synth -- <N> <out.txt> [--seed S] [--source dump.txt]\n`,
  );
  process.exit(1);
}

const args = process.argv.slice(2);
const positional: string[] = [];
let seed = DEFAULT_SEED;
let source = 'data/papers.txt';
for (let i = 0; i < args.length; i++) {
  const a = args[i] ?? '';
  if (a === '--seed') seed = Number(args[++i]);
  else if (a === '--source') source = args[++i] ?? source;
  else positional.push(a);
}
const n = Number(positional[0]);
const out = positional[1];
if (!Number.isInteger(n) || n < 1) usage('N must be a positive integer');
if (!out) usage('missing output path');
if (!Number.isInteger(seed)) usage('--seed must be an integer');

const started = performance.now();
const pools = buildPools(readFileSync(resolve(source), 'utf8'));
await writeSynthDump(n, resolve(out), pools, seed);
const ms = Math.round(performance.now() - started);
process.stdout.write(`wrote ${n} synthetic papers to ${out} in ${ms} ms\n`);
