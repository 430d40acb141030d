/**
 * Times tagPaper over N papers (the dump's papers, cycled, each title made unique).
 * Usage: tsx scripts/eval/bench-tags.ts [N=100000]
 * Prints a calibration figure too: on a shared machine the absolute time says little alone.
 */
import { readFileSync } from 'node:fs';
import { parseDump } from '../../src/lib/dump/parse-dump';
import { cleanText } from '../../src/lib/dump/clean-text';
import { compiledRules, tagPaper } from '../../src/lib/tagging/tag-paper';

const n = Number(process.argv[2] ?? 100_000);
const papers = parseDump(
  readFileSync(process.env.PAPERS_DUMP ?? 'data/papers.txt', 'utf8'),
).papers.map((p) => ({
  title: cleanText(p.title),
  abstract: cleanText(p.abstract),
}));

// Calibration: a plain character scan of every abstract (about 1 ns/char on an idle machine).
let sink = 0;
const chars = papers.reduce((a, p) => a + p.abstract.length, 0);
const c0 = performance.now();
for (let k = 0; k < 20; k++)
  for (const p of papers)
    for (let i = 0; i < p.abstract.length; i++) sink += p.abstract.charCodeAt(i);
const nsPerChar = ((performance.now() - c0) * 1e6) / (20 * chars);

const t0 = performance.now();
compiledRules();
const compileMs = performance.now() - t0;
const t1 = performance.now();
const cpu0 = process.cpuUsage();
let tags = 0;
for (let i = 0; i < n; i++) {
  const p = papers[i % papers.length]!;
  tags += tagPaper(`${p.title} ${i}`, p.abstract).technique.length;
}
const ms = performance.now() - t1;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  `tagged ${n} papers in ${(ms / 1000).toFixed(2)} s wall, ${(cpuMs / 1000).toFixed(2)} s CPU ` +
    `(${((cpuMs * 1000) / n).toFixed(1)} µs/paper CPU, ` +
    `${(tags / n).toFixed(2)} techniques/paper); rules compiled in ${compileMs.toFixed(0)} ms; ` +
    `calibration: plain scan ${nsPerChar.toFixed(2)} ns/char${sink ? '' : ''}`,
);
