/**
 * corpus.json for the peers and the Node figures, joined from the files the build wrote (meta.json
 * and the details shards). The app's build does not write it (CORPUS_JSON=1 would), so the timed
 * build is the one users run; this join is not timed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinPaper, metaCorpus } from '../../src/lib/corpus-rows';
import { checkShard } from '../../src/lib/corpus-check';
import { shardSpan } from '../../src/lib/corpus-format';
import type { Corpus, Paper } from '../../src/lib/types';
import { writeCorpusJson } from '../corpus/write-corpus';

function joinCorpus(dir: string): Corpus {
  const { file, papers: metas } = metaCorpus(
    JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')),
    '',
  );
  const slugAt = (i: number) => metas[i]?.slug;
  const papers: Paper[] = [];
  file.shards.forEach((name, s) => {
    const { from, count } = shardSpan(file, s);
    const shard = checkShard(JSON.parse(readFileSync(join(dir, name), 'utf8')), from, count);
    shard.papers.forEach((details, k) => papers.push(joinPaper(metas[from + k]!, details, slugAt)));
  });
  return { version: 1, builtAt: file.builtAt, source: file.source, papers };
}

/** Writes `dir`/corpus.json; returns its path. */
export function writeJoinedCorpus(dir: string): string {
  const path = join(dir, 'corpus.json');
  writeCorpusJson(path, joinCorpus(dir));
  return path;
}
