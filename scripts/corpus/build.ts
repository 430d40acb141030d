import type { Corpus, Paper, ParseWarning } from '../../src/lib/types';
import { parseDump } from '../../src/lib/dump/parse-dump';
import { uniqueSlugs } from '../../src/lib/dump/slug';
import { computeRelated } from '../../src/lib/related/related-papers';
import type { RelatedByIndex } from '../../src/lib/related/related-papers';
import { DEFAULT_OPTIONS } from '../../src/lib/related/doc-vectors';
import { areaNumbers } from '../../src/lib/map/areas';
import { TermCounter } from '../../src/lib/related/term-counts';
import { IndexBuilder } from '../../src/lib/search/index-build';
import { acronymTable } from '../../src/lib/acronyms';
import { evenSample } from '../../src/lib/even-sample';
import { encodeIndex } from '../../src/lib/search/index-codec';
import { enrichPaper } from './enrich';
import { enrichAll, workerCount } from './enrich-pool';
import { inThreadVectorTask, startVectorTask } from './vector-task';
import { curatePapers } from './curation';
import type { Curation } from '../../src/lib/tagging/apply-curation';
import type { TopicCuration } from '../../src/lib/topics/curate-topics';
import { addTopics, addTopicsShared, explainRelated } from './topics';

export interface BuildOptions {
  source: string;
  onProgress?: (message: string) => void;
  /**
   * Called with the corpus (slugs set, related papers not yet) and the encoded index while the
   * related papers are computed in a worker: the caller can write what does not need them.
   */
  beforeRelated?: (corpus: Corpus, index: Uint8Array) => void;
  /**
   * Called with the whole corpus (related papers set) while the map is laid out in a worker: the
   * caller can write the details shards.
   */
  beforeMap?: (corpus: Corpus) => void;
  /** Per-slug tag corrections (curation.ts), applied once slugs are known. */
  curation?: Curation;
  /** Corrections to discovered topics (the curation's `topics` section). */
  topicCuration?: TopicCuration;
}

export interface BuildResult {
  corpus: Corpus;
  warnings: ParseWarning[];
  /** The search index (index-codec.ts), built from the same papers. */
  index: Uint8Array;
  /** CPU-independent wall time per stage, in ms (printed for large dumps). */
  stages: Record<string, number>;
  /** One warning per curated slug that matches no paper, and per unknown topic id. */
  curationWarnings: string[];
  /** The map: paper i at (layout[2i], layout[2i + 1]) in [0, 1]² (src/lib/map/layout.ts). */
  layout: Float32Array;
}

const PROGRESS_EVERY = 10_000;
/**
 * Papers whose definitions make the acronym table: evenly spaced, as an acronym worth a search is
 * defined many times over (at 100k papers, the whole dump takes 0.9 s, 10,000 papers 0.1 s).
 */
const ACRONYM_SAMPLE = 10_000;

/**
 * The corpus once every title is known: slugs, then the curation keyed by them (in this thread,
 * not the enrich workers). Returns the warnings of curated slugs that match no paper.
 */
function withSlugs(
  papers: Paper[],
  opts: BuildOptions,
): { corpus: Corpus; curationWarnings: string[] } {
  const slugs = uniqueSlugs(papers.map((p) => p.title));
  papers.forEach((p, i) => (p.slug = slugs[i] ?? `paper-${i + 1}`));
  const curationWarnings = curatePapers(papers, opts.curation ?? {});
  const corpus: Corpus = {
    version: 1,
    builtAt: new Date().toISOString(),
    source: opts.source.split('/').pop() ?? '',
    papers,
  };
  return { corpus, curationWarnings };
}

function setRelated(papers: Paper[], related: RelatedByIndex[][]): void {
  papers.forEach((p, i) => {
    p.related = (related[i] ?? []).map((r) => ({
      slug: papers[r.index]?.slug ?? '',
      shared: r.shared,
    }));
  });
}

/** Pure orchestration in one thread, for tests: the corpus without the index. */
export function buildCorpus(
  text: string,
  opts: BuildOptions,
): { corpus: Corpus; warnings: ParseWarning[]; curationWarnings: string[] } {
  const { papers: parsed, warnings } = parseDump(text);
  const { corpus, curationWarnings } = withSlugs(
    parsed.map((p, i) => enrichPaper(p, i)),
    opts,
  );
  const topics = addTopics(corpus.papers, opts.topicCuration);
  corpus.topics = topics.topics;
  curationWarnings.push(...topics.warnings);
  setRelated(
    corpus.papers,
    computeRelated(corpus.papers.map((p) => ({ title: p.title, abstract: p.abstract }))),
  );
  explainRelated(corpus.papers, topics.phrases);
  return { corpus, warnings, curationWarnings };
}

/**
 * The whole build: parse, enrich across worker threads (enrich-pool.ts) while this thread indexes
 * the papers as they come back in order, then slugs, related papers and the encoded index.
 */
export async function buildAll(text: string, opts: BuildOptions): Promise<BuildResult> {
  const progress = opts.onProgress ?? (() => {});
  const stages: Record<string, number> = {};
  let mark = performance.now();
  const stage = (name: string) => {
    const now = performance.now();
    stages[name] = Math.round(now - mark);
    mark = now;
  };
  const { papers: parsed, warnings } = parseDump(text);
  const large = parsed.length >= PROGRESS_EVERY;
  if (large) progress(`parsed ${parsed.length} papers`);
  // With worker threads at hand, related papers and the map are computed in one, started now to be
  // warm.
  const vectorTask = workerCount(parsed.length) > 0 ? startVectorTask() : inThreadVectorTask();
  stage('parse');

  try {
    // Both are fed in dump order as batches return, while the workers enrich the next ones.
    const sample = evenSample(parsed.length, ACRONYM_SAMPLE).map((i) => {
      const p = parsed[i]!;
      return `${p.title}. ${p.abstract}`;
    });
    const indexer = new IndexBuilder(acronymTable(sample));
    const counter = new TermCounter(DEFAULT_OPTIONS.titleWeight);
    const papers: Paper[] = [];
    let reported = 0;
    for await (const batch of enrichAll(parsed)) {
      for (const p of batch) {
        indexer.add(p);
        counter.add(p);
        papers.push(p);
      }
      if (large && papers.length - reported >= PROGRESS_EVERY && papers.length < parsed.length) {
        reported = papers.length - (papers.length % PROGRESS_EVERY);
        progress(`cleaned, tagged and indexed ${reported}/${parsed.length}`);
      }
    }
    stage('enrich+index+count');
    if (large) progress('computing related papers');
    const counts = counter.result();
    const related = vectorTask.related(counts);
    // Before beforeRelated writes meta.json.
    const { corpus, curationWarnings } = withSlugs(papers, opts);
    stage('slugs');
    if (large) progress('finding topics');
    const topics = vectorTask.placer
      ? await addTopicsShared(papers, vectorTask.placer, opts.topicCuration)
      : addTopics(papers, opts.topicCuration);
    corpus.topics = topics.topics;
    curationWarnings.push(...topics.warnings);
    stage('topics');
    // In the worker, the map (it needs the topics) is laid out while this thread writes meta.json,
    // explains the related papers and writes the details: at 100k papers, 9 s off this thread.
    if (large) progress('laying out the map');
    const layout = vectorTask.layout(areaNumbers(papers));
    // Encoded here, not before topics: beside the layout it fills the wait for the map (1 s at 100k).
    const index = encodeIndex(indexer.finish());
    opts.beforeRelated?.(corpus, index);
    stage('encode + write meta+index');
    setRelated(papers, await related);
    explainRelated(papers, topics.phrases);
    stage('related (rest)');
    opts.beforeMap?.(corpus);
    stage('write details');
    const map = await layout;
    stage('waiting for the map');
    stages['map layout'] = map.ms;
    return { corpus, warnings, index, stages, curationWarnings, layout: map.xy };
  } finally {
    await vectorTask.close();
  }
}
