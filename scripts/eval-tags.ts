/**
 * Evaluates the rule tagger against hand labels.
 * Usage: tsx scripts/eval-tags.ts [--check] [--all] [--labels path] [--dump path]
 *   --check  exit 1 when technique or modality micro-F1 is below scripts/eval-thresholds.json
 *   --all    also print the tags of every paper, labelled or not (to review the unlabelled ones)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDump } from '../src/lib/dump/parse-dump';
import { cleanText } from '../src/lib/dump/clean-text';
import { idsOf } from '../src/lib/taxonomy';
import { tagPaper } from '../src/lib/tagging/tag-paper';
import type { PaperTags } from '../src/lib/types';
import { countRows, formatTable, micro, prf, ratio } from './eval/metrics';

interface Label {
  title: string;
  technique: string[];
  modality: string[];
  contribution: string;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const labelsPath = resolve(
  option('--labels') ??
    (existsSync('data/labels-dev.json') ? 'data/labels-dev.json' : '/work/shared/labels-dev.json'),
);
const dumpPath = resolve(option('--dump') ?? process.env.PAPERS_DUMP ?? 'data/papers.txt');
const thresholdsPath = resolve('scripts/eval-thresholds.json');

const norm = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const parsed = parseDump(readFileSync(dumpPath, 'utf8')).papers;
const started = performance.now();
const papers = parsed.map((p) => {
  const title = cleanText(p.title);
  const abstract = cleanText(p.abstract);
  return { title, abstract, tags: tagPaper(title, abstract) };
});
const tagMs = performance.now() - started;
const byTitle = new Map(papers.map((p) => [norm(p.title), p]));

const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as Label[];
const matched: { label: Label; tags: PaperTags; title: string }[] = [];
for (const label of labels) {
  const paper = byTitle.get(norm(label.title));
  if (paper) matched.push({ label, tags: paper.tags, title: paper.title });
  else console.log(`! label without a paper in the dump: ${label.title}`);
}
console.log(
  `${papers.length} papers, ${labels.length} labels, ${matched.length} matched; tagged in ${tagMs.toFixed(0)} ms\n`,
);

const results: Record<string, number> = {};
for (const group of ['technique', 'modality'] as const) {
  const gold = matched.map((m) => m.label[group]);
  const pred = matched.map((m) => m.tags[group].map((t) => t.id));
  const rows = countRows(idsOf(group), gold, pred);
  console.log(formatTable(group, rows), '\n');
  results[group] = prf(micro(rows)).f1;
}

const cGold = matched.map((m) => [m.label.contribution]);
const cPred = matched.map((m) => [m.tags.contribution.id]);
const cRows = countRows(idsOf('contribution'), cGold, cPred);
console.log(formatTable('contribution', cRows), '\n');
const accuracy = ratio(
  matched.filter((m) => m.label.contribution === m.tags.contribution.id).length,
  matched.length,
);

console.log('Examples of misses (- missed, + extra):');
let shown = 0;
for (const m of matched) {
  const diffs: string[] = [];
  for (const group of ['technique', 'modality'] as const) {
    const pred = m.tags[group];
    const predIds = pred.map((t) => t.id);
    for (const id of m.label[group]) if (!predIds.includes(id)) diffs.push(`-${id}`);
    for (const t of pred)
      if (!m.label[group].includes(t.id)) diffs.push(`+${t.id} [${t.evidence.join(' | ')}]`);
  }
  if (m.label.contribution !== m.tags.contribution.id)
    diffs.push(`contribution ${m.tags.contribution.id}≠${m.label.contribution}`);
  if (diffs.length && shown++ < Number(option('--misses') ?? 12))
    console.log(`  ${m.title.slice(0, 70)}\n      ${diffs.join('\n      ')}`);
}

if (args.includes('--all')) {
  console.log('\nAll papers:');
  const labelled = new Set(matched.map((m) => norm(m.title)));
  for (const p of papers) {
    const fmt = (ts: PaperTags['technique']): string =>
      ts.map((t) => `${t.id}[${t.evidence.slice(0, 2).join('|')}]`).join(' ');
    console.log(
      `${labelled.has(norm(p.title)) ? 'L' : 'U'} ${p.title.slice(0, 80)}\n    T: ${fmt(p.tags.technique)}\n    M: ${fmt(p.tags.modality)}  C: ${p.tags.contribution.id}`,
    );
  }
}

console.log(
  `\nmicro-F1  technique ${results.technique?.toFixed(3)}  modality ${results.modality?.toFixed(3)}  ` +
    `contribution accuracy (= micro-F1) ${accuracy.toFixed(3)}`,
);

if (args.includes('--check')) {
  const thresholds = JSON.parse(readFileSync(thresholdsPath, 'utf8')) as Record<string, number>;
  const failures = (['technique', 'modality'] as const).filter(
    (g) => (results[g] ?? 0) < (thresholds[g] ?? 1),
  );
  for (const g of failures)
    console.error(`FAIL: ${g} micro-F1 ${results[g]?.toFixed(3)} < threshold ${thresholds[g]}`);
  if (failures.length) process.exit(1);
  console.log(
    `check passed (thresholds: technique ${thresholds.technique}, modality ${thresholds.modality})`,
  );
}
