/**
 * Writes the corpus files (src/lib/corpus-format.ts): meta.json, details shards, index.bin, and
 * corpus.json (the whole corpus, for tools). Large files are written in pieces, so memory stays
 * proportional to the corpus, not to twice its JSON text.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Corpus, FacetGroup } from '../../src/lib/types';
import { facetOrder, labelOf } from '../../src/lib/taxonomy';
import {
  FORMAT_VERSION,
  shardFileName,
  shardStartsFor,
  TOPIC_PHRASES_IN_META,
} from '../../src/lib/corpus-format';
import { toDetails, toIdsRow, toMetaRow } from '../../src/lib/corpus-rows';
import type { DetailShard, MetaFile, PaperIdsRow } from '../../src/lib/corpus-format';
import { encodeMap } from '../../src/lib/map/map-file';
import { MAP_FILE } from '../../src/lib/map/map-file-name';
import { mapAreas } from '../../src/lib/map/areas';

/**
 * Papers per details shard (CORPUS_SHARD_SIZE, default 40). A page of search results is 25 papers
 * from anywhere in the corpus, so up to 25 shards: smaller shards waste less (40 papers ≈ 80 KB
 * raw), at the price of more files (2,500 at 100k papers). See DESIGN.md ("Scale").
 */
export function shardSize(value = process.env.CORPUS_SHARD_SIZE): number {
  if (value === undefined || value === '') return 40;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(
      `CORPUS_SHARD_SIZE must be a whole number of papers, at least 1 (got "${value}")`,
    );
  return n;
}
/** The index, gzip-compressed: common static hosts send binary files as they are (17 → 11 MB at 100k). */
const INDEX_FILE = 'index.bin.gz';

export interface WrittenFiles {
  files: string[];
}

/** corpus.json, identical to JSON.stringify(corpus), written a thousand papers at a time. */
export function writeCorpusJson(path: string, corpus: Corpus): void {
  const fd = openSync(path, 'w');
  try {
    const { papers, ...head } = corpus;
    writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"papers":[`);
    for (let from = 0; from < papers.length; from += 1000) {
      const chunk = papers.slice(from, from + 1000).map((p) => JSON.stringify(p));
      writeSync(fd, (from ? ',' : '') + chunk.join(','));
    }
    writeSync(fd, ']}');
  } finally {
    closeSync(fd);
  }
}

/** Facet ids of the corpus: the taxonomy's, and its own discovered topics. */
function orderOf(corpus: Corpus): Record<FacetGroup, string[]> {
  return { ...facetOrder(), topic: (corpus.topics ?? []).map((t) => t.id) };
}

/** meta.json and index.bin: what the list and search need, written before related papers are known. */
export function writeMetaAndIndex(outDir: string, corpus: Corpus, index: Uint8Array): string[] {
  const order = orderOf(corpus);
  const papers = corpus.papers;
  mkdirSync(outDir, { recursive: true });
  const packed = gzipSync(index, { level: 6 });
  writeFileSync(join(outDir, INDEX_FILE), packed);
  rmSync(join(outDir, 'index.bin'), { force: true }); // the uncompressed file of earlier builds
  const shardStarts = shardStartsFor(papers.length, shardSize());
  const meta: MetaFile = {
    version: FORMAT_VERSION,
    builtAt: corpus.builtAt,
    source: corpus.source,
    count: papers.length,
    facets: order,
    shardSize: shardSize(),
    shards: shardStarts.map((_, i) => shardFileName(i)),
    shardStarts,
    index: { file: INDEX_FILE, bytes: packed.length },
    topics: (corpus.topics ?? []).map((t) => [
      t.id,
      t.name,
      t.count,
      t.phrases.slice(0, TOPIC_PHRASES_IN_META),
    ]),
    papers: papers.map((p) => toMetaRow(p, order)),
  };
  const ids: Record<string, PaperIdsRow> = {};
  papers.forEach((p, i) => {
    const row = toIdsRow(p);
    if (row) ids[i] = row;
  });
  if (Object.keys(ids).length > 0) meta.ids = ids;
  if (papers.some((p) => p.year)) meta.years = papers.map((p) => p.year ?? 0);
  writeFileSync(join(outDir, 'meta.json'), JSON.stringify(meta));
  return ['meta.json', INDEX_FILE];
}

/** The details shards and corpus.json, which hold related papers. */
export function writeDetails(outDir: string, corpus: Corpus): string[] {
  const order = orderOf(corpus);
  const papers = corpus.papers;
  const bySlug = new Map(papers.map((p, i) => [p.slug, i]));
  const indexOfSlug = (slug: string) => bySlug.get(slug) ?? -1;
  rmSync(join(outDir, 'details'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'details'), { recursive: true });
  const shardStarts = shardStartsFor(papers.length, shardSize());
  const shards = shardStarts.map((from, i) => {
    const name = shardFileName(i);
    const to = shardStarts[i + 1] ?? papers.length;
    const shard: DetailShard = {
      version: FORMAT_VERSION,
      from,
      papers: papers.slice(from, to).map((p) => toDetails(p, order, indexOfSlug)),
    };
    writeFileSync(join(outDir, name), JSON.stringify(shard));
    return name;
  });
  // corpus.json is for tools only, and large (292 MB at 100k): written when CORPUS_JSON=1 asks.
  if (process.env.CORPUS_JSON !== '1') {
    rmSync(join(outDir, 'corpus.json'), { force: true });
    return shards;
  }
  writeCorpusJson(join(outDir, 'corpus.json'), corpus);
  return ['corpus.json', ...shards];
}

/** map.bin: the map's positions and areas (src/lib/map/map-file.ts), read only by maps. */
export function writeMap(outDir: string, corpus: Corpus, layout: Float32Array): string[] {
  const topicNames = new Map((corpus.topics ?? []).map((t) => [t.id, t.name]));
  const areas = mapAreas(corpus.papers, layout, (k) =>
    k.group === 'topic' ? (topicNames.get(k.id) ?? k.id) : labelOf(k.group, k.id),
  );
  writeFileSync(join(outDir, MAP_FILE), encodeMap(layout, areas));
  return [MAP_FILE];
}

export function writeCorpus(outDir: string, corpus: Corpus, index: Uint8Array): WrittenFiles {
  return { files: [...writeMetaAndIndex(outDir, corpus, index), ...writeDetails(outDir, corpus)] };
}
