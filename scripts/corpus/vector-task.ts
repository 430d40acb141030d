/**
 * Related papers and the map layout, from the term counts: in a worker thread for large dumps,
 * the related papers while the build's thread finds topics, then a share of the
 * topic placement once they are done (topics.ts), then the layout (which needs the topics) while
 * it writes meta.json and explains the related papers. The worker starts early (loading its code
 * takes a moment) and waits.
 */
import type { RelatedByIndex } from '../../src/lib/related/related-papers';
import { relatedFromCounts } from '../../src/lib/related/related-papers';
import { vectorsFromCounts, type DocVectors } from '../../src/lib/related/doc-vectors';
import { layoutPapers, MAP_VECTOR_OPTIONS } from '../../src/lib/map/layout';
import { topicPlacer } from '../../src/lib/topics/discover-topics';
import type { PlacedPapers, TopicPlacing } from '../../src/lib/topics/discover-topics';
import type { TopicInput } from '../../src/lib/topics/topic-types';
import type { TermCounts } from '../../src/lib/related/term-counts';
import { startWorker } from './ts-worker';

export interface VectorTask {
  /** Related papers; to a worker, the counts move (their buffers are transferred). */
  related(counts: TermCounts): Promise<RelatedByIndex[][]>;
  /**
   * The map layout (src/lib/map/layout.ts) of the counts given, with each paper's area number, and
   * the time it took.
   */
  layout(areas: Int32Array): Promise<MapLayout>;
  /**
   * A share of the topic placement (scripts/corpus/topics.ts), once related papers are done: the
   * placing, then papers from an input position. None in this thread: it has no time to share.
   */
  placer?: {
    start(placing: TopicPlacing): Promise<void>;
    place(inputs: TopicInput[], from: number): Promise<PlacedPapers>;
  };
  close(): Promise<void>;
}

export interface MapLayout {
  xy: Float32Array;
  ms: number;
}

export type VectorRequest =
  | { counts: TermCounts }
  | { areas: Int32Array }
  | { placing: TopicPlacing }
  | { inputs: TopicInput[]; from: number };

/** The jobs themselves, in whichever thread runs them. */
export function vectorJobs() {
  let mapVectors: DocVectors | undefined;
  let place: ReturnType<typeof topicPlacer> | undefined;
  return {
    startPlacing(placing: TopicPlacing): void {
      place = topicPlacer(placing);
    },
    place(inputs: TopicInput[], from: number): PlacedPapers {
      if (!place) throw new Error('papers were sent to place before the placing');
      return place(inputs, from);
    },
    related(counts: TermCounts): RelatedByIndex[][] {
      mapVectors = vectorsFromCounts(counts, MAP_VECTOR_OPTIONS);
      return relatedFromCounts(counts);
    },
    layout(areas: Int32Array): MapLayout {
      if (!mapVectors) throw new Error('the map was asked for before the term counts were given');
      const started = performance.now();
      const xy = layoutPapers(mapVectors, {}, areas);
      return { xy, ms: Math.round(performance.now() - started) };
    },
  };
}

/** The jobs run at once in this thread (small dumps: a worker costs more than it saves). */
export function inThreadVectorTask(): VectorTask {
  const jobs = vectorJobs();
  return {
    related: async (counts) => jobs.related(counts),
    layout: async (areas) => jobs.layout(areas),
    close: async () => {},
  };
}

interface VectorReply {
  related?: RelatedByIndex[][];
  layout?: MapLayout;
  placed?: PlacedPapers;
  started?: true;
  error?: string;
}

export function startVectorTask(): VectorTask {
  const worker = startWorker(new URL('./vector-worker.ts', import.meta.url));
  // The worker answers in the order asked; an error event fails every request waiting.
  const waiting: { reply: (r: VectorReply) => void; fail: (e: Error) => void }[] = [];
  worker.on('message', (r: VectorReply) => waiting.shift()?.reply(r));
  worker.on('error', (e) => waiting.splice(0).forEach((w) => w.fail(e)));
  const ask = <T>(
    req: VectorRequest,
    transfer: ArrayBuffer[],
    take: (r: VectorReply) => T | undefined,
  ) =>
    new Promise<T>((resolve, reject) => {
      waiting.push({
        reply: (r) => {
          const value = take(r);
          if (value !== undefined) resolve(value);
          else reject(new Error(r.error ?? 'the vector worker gave no answer'));
        },
        fail: reject,
      });
      worker.postMessage(req, transfer);
    });
  return {
    related: (counts) =>
      ask(
        { counts },
        [counts.docStart, counts.term, counts.tf, counts.word, counts.df].map(
          (a) => a.buffer as ArrayBuffer,
        ),
        (r) => r.related,
      ),
    layout: (areas) => ask({ areas }, [], (r) => r.layout),
    placer: {
      start: async (placing) => {
        await ask({ placing }, [], (r) => r.started);
      },
      place: (inputs, from) => ask({ inputs, from }, [], (r) => r.placed),
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
