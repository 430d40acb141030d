/**
 * Evaluates the rule tagger against hand labels.
 * Usage: tsx scripts/eval-tags.ts [--check] [--all] [--labels path] [--dump path]
 *   --check  exit 1 when technique or modality micro-F1 is below scripts/eval-thresholds.json
 *   --all    also print the tags of every paper, labelled or not (to review the unlabelled ones)
 *   --claims-path path  context-claim labels (default data/claims-dev.json; see eval/claims.ts)
 *   With --check it also fails when the context claims fall below their thresholds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDump } from '../src/lib/dump/parse-dump';
import { cleanText } from '../src/lib/dump/clean-text';
import { idsOf } from '../src/lib/taxonomy';
import { tagPaper } from '../src/lib/tagging/tag-paper';
import type { PaperTags } from '../src/lib/types';
import { countRows, formatTable, micro, prf, ratio } from './eval/metrics';
import { claimFailures, judgeContext, tally } from './eval/claims';
import type { ClaimLabel, ClaimRow, ClaimThresholds } from './eval/claims';
import { maxContext } from '../src/lib/claims/extract-claims';
import { enrichPaper } from './corpus/enrich';

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
const claimsPath = resolve(
  option('--claims-path') ??
    (existsSync('data/claims-dev.json') ? 'data/claims-dev.json' : '/work/shared/claims-dev.json'),
);

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

// Context claims: the paper's own longest context, as the sort and the filter read it.
const claimLabels = JSON.parse(readFileSync(claimsPath, 'utf8')) as {
  papers: Record<string, ClaimLabel>;
};
// The claims as the corpus build extracts them (the abstract cleaned with the paper's name).
const rawByTitle = new Map(parsed.map((p, i) => [norm(cleanText(p.title)), { p, i }]));
const claimRows: ClaimRow[] = [];
for (const [title, label] of Object.entries(claimLabels.papers)) {
  const raw = rawByTitle.get(norm(title));
  if (!raw) {
    console.log(`! claim label without a paper in the dump: ${title}`);
    continue;
  }
  const predicted = maxContext(enrichPaper(raw.p, raw.i).claims);
  claimRows.push({ title, ...judgeRow(label, predicted) });
}
function judgeRow(label: ClaimLabel, predicted: number | undefined): Omit<ClaimRow, 'title'> {
  const outcome = judgeContext(label, predicted);
  const expected = outcome === 'invented' || label.ownMaxContext === null ? undefined : label;
  return { expected: expected?.ownMaxContext ?? undefined, predicted, outcome };
}
const claimTally = tally(claimRows);
console.log('\nContext claims (own longest context, within 10 %):');
for (const r of claimRows.filter((row) => row.outcome !== 'right'))
  console.log(
    `  ${r.outcome.padEnd(8)} ${r.title.slice(0, 70)}: ${r.predicted ?? '-'} vs ${r.expected ?? '-'}`,
  );
console.log(
  `context claims  right ${claimTally.right}/${claimRows.length}  invented ${claimTally.invented}  ` +
    `wrong ${claimTally.wrong}  missed ${claimTally.missed}`,
);

if (args.includes('--check')) {
  const thresholds = JSON.parse(readFileSync(thresholdsPath, 'utf8')) as Record<string, number> &
    ClaimThresholds;
  const failures = (['technique', 'modality'] as const)
    .filter((g) => (results[g] ?? 0) < (thresholds[g] ?? 1))
    .map((g) => `${g} micro-F1 ${results[g]?.toFixed(3)} < threshold ${thresholds[g]}`);
  failures.push(...claimFailures(claimTally, thresholds));
  for (const f of failures) console.error(`FAIL: ${f}`);
  if (failures.length) process.exit(1);
  console.log(
    `check passed (thresholds: technique ${thresholds.technique}, modality ${thresholds.modality}, ` +
      `context claims right ${thresholds.claimsRight}, invented ≤ ${thresholds.claimsInventedPer60} per 60)`,
  );
}
