/**
 * Scores discovered topics against hand labels (scripts/eval/topic-metrics.ts) on the listings of
 * scripts/eval/topic-listings.ts, and prints a table per labelled topic.
 * Usage: tsx scripts/eval-topics.ts [--check] [--quiet]
 *   --check  exit 1 when a listing's macro F1 is below its floor in scripts/eval-topics-floors.json
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { discoverTopics } from '../src/lib/topics/discover-topics';
import { isBoilerplate } from '../src/lib/topics/boilerplate';
import { scoreTopics } from './eval/topic-metrics';
import { listings } from './eval/topic-listings';

const args = process.argv.slice(2);
const floors = JSON.parse(
  readFileSync(resolve('scripts/eval-topics-floors.json'), 'utf8'),
) as Record<string, number>;
const pct = (x: number) => x.toFixed(2);
let failed = false;
const summary: string[] = [];

for (const listing of listings()) {
  const started = performance.now();
  const found = discoverTopics(listing.papers);
  const ms = performance.now() - started;
  const ids = found.papers.map((ms) => ms.map((m) => found.topics[m.topic]!.id));
  const score = scoreTopics(
    listing.papers.map((p) => p.gold),
    ids,
  );
  const boiler = found.topics.filter((t) => isBoilerplate(t.name));
  if (!args.includes('--quiet')) {
    console.log(
      `\n## ${listing.name}: ${listing.papers.length} papers, ${found.topics.length} topics in ${ms.toFixed(0)} ms`,
    );
    console.log(
      'label                          support  best topic                         P     R     F1',
    );
    for (const r of score.rows)
      console.log(
        `${r.label.padEnd(30)} ${String(r.support).padStart(7)}  ${r.best.slice(0, 32).padEnd(32)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}`,
      );
    console.log('topics:', found.topics.map((t) => `${t.name} (${t.count})`).join('; '));
  }
  const floor = floors[listing.name];
  const low = floor !== undefined && score.macroF1 < floor;
  if (low || boiler.length) failed = true;
  summary.push(
    `${listing.name.padEnd(28)} macro F1 ${pct(score.macroF1)}${floor === undefined ? '' : ` (floor ${pct(floor)})`}  coverage ${pct(score.coverage)}  topics ${score.topics}  topics/paper ${pct(score.topicsPerPaper)}${low ? '  BELOW FLOOR' : ''}${boiler.length ? `  BOILERPLATE NAMES: ${boiler.map((t) => t.name).join(', ')}` : ''}`,
  );
}
console.log(`\n${summary.join('\n')}`);
if (args.includes('--check') && failed) {
  console.error('eval:topics: below the floor (scripts/eval-topics-floors.json)');
  process.exit(1);
}
