/**
 * How well the map's layout keeps papers of one topic together: neighbourhood agreement (share of
 * each paper's 10 nearest map neighbours with its main topic, src/lib/map/agreement.ts) on the
 * default corpus and the two development listings, for the groups the map colours by (its areas,
 * src/lib/map/areas.ts) and, where there are hand labels, for the first labelled topic.
 * Usage: tsx scripts/eval-map.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAll } from './corpus/build';
import { areaSource, mainArea } from '../src/lib/map/areas';
import { neighbourhoodAgreement } from '../src/lib/map/agreement';

const norm = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Listing {
  name: string;
  dump: string;
  /** Hand-labelled main topic by normalised title. */
  labels?: Map<string, string>;
}

function devLabels(name: string): Map<string, string> {
  const file = JSON.parse(
    readFileSync(resolve(`tests/fixtures/dev-dumps/${name}.labels.json`), 'utf8'),
  ) as { papers: Record<string, string[]> };
  return new Map(
    Object.entries(file.papers).flatMap(([t, ids]) => (ids[0] ? [[norm(t), ids[0]]] : [])),
  );
}

const listings: Listing[] = [
  { name: 'default (119)', dump: 'data/papers.txt' },
  ...['mixed-ai', 'generation-topic'].map((name) => ({
    name,
    dump: `tests/fixtures/dev-dumps/${name}.txt`,
    labels: devLabels(name),
  })),
];

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log(
  '| listing | papers | by map area: agreement (chance) | by hand label: agreement (chance) |',
);
console.log('| --- | --- | --- | --- |');
for (const l of listings) {
  const { corpus, layout } = await buildAll(readFileSync(resolve(l.dump), 'utf8'), {
    source: l.dump,
  });
  const papers = corpus.papers;
  const source = areaSource(papers);
  const byArea = neighbourhoodAgreement(
    layout,
    papers.map((p) => {
      const key = mainArea(p, source);
      return key ? `${key.group}:${key.id}` : null;
    }),
  );
  const byLabel = l.labels
    ? neighbourhoodAgreement(
        layout,
        papers.map((p) => l.labels!.get(norm(p.title)) ?? null),
      )
    : null;
  const cell = (a: typeof byArea) =>
    `${pct(a.agreement)} (${pct(a.chance)}), ${a.papers} papers with a group`;
  console.log(
    `| ${l.name} | ${papers.length} | ${cell(byArea)} | ${byLabel ? cell(byLabel) : '–'} |`,
  );
}
