/**
 * The labelled listings topic discovery is measured on: the two development dumps of other fields
 * (tests/fixtures/dev-dumps/, topic labels) and the default corpus against its technique labels.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDump } from '../../src/lib/dump/parse-dump';
import { cleanText } from '../../src/lib/dump/clean-text';
import type { TopicInput } from '../../src/lib/topics/topic-types';

export interface Listing {
  name: string;
  papers: (TopicInput & { gold?: string[] })[];
}

const norm = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function papersOf(
  dump: string,
  goldOf: (title: string) => string[] | undefined,
): Listing['papers'] {
  return parseDump(readFileSync(resolve(dump), 'utf8')).papers.map((p) => {
    const title = cleanText(p.title);
    return { title, abstract: cleanText(p.abstract), gold: goldOf(norm(title)) };
  });
}

function devListing(name: string): Listing {
  const labels = JSON.parse(
    readFileSync(resolve(`tests/fixtures/dev-dumps/${name}.labels.json`), 'utf8'),
  ) as { papers: Record<string, string[]> };
  const byTitle = new Map(Object.entries(labels.papers).map(([t, ids]) => [norm(t), ids]));
  return { name, papers: papersOf(`tests/fixtures/dev-dumps/${name}.txt`, (t) => byTitle.get(t)) };
}

function defaultListing(): Listing {
  const labels = JSON.parse(readFileSync(resolve('data/labels-dev.json'), 'utf8')) as {
    title: string;
    technique: string[];
  }[];
  const byTitle = new Map(labels.map((l) => [norm(l.title), l.technique]));
  return {
    name: 'default (technique labels)',
    papers: papersOf('data/papers.txt', (t) => byTitle.get(t)),
  };
}

export function listings(): Listing[] {
  return [devListing('mixed-ai'), devListing('generation-topic'), defaultListing()];
}
