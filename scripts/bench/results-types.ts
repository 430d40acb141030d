import type { Phase } from './phase';
import type { BuildMetrics } from './measure-build';
import type { NodeQueryMetrics } from './node-types';
import type { BrowserMetrics, NaiveBrowserMetrics } from './measure-browser';
import type { PagefindBuild, PagefindSearch } from './pagefind-peer';
import type { PhraseMetrics } from './measure-phrase';
import type { MachineInfo } from './machine';
import type { MapMetrics } from './measure-map';

export interface SizeResult {
  size: number;
  measuredAt: string;
  dump: string;
  dumpBytes?: number;
  /** 1-minute load average when this size started: > cores means other work competed for the CPU. */
  loadAvg?: number;
  build: Phase<BuildMetrics>;
  node: Phase<NodeQueryMetrics & { peakRss?: number }>;
  browser: Phase<BrowserMetrics>;
  /** Absent in results from before it was measured. */
  phrase?: Phase<PhraseMetrics>;
  naiveBrowser: Phase<NaiveBrowserMetrics>;
  pagefindBuild: Phase<PagefindBuild>;
  pagefind: Phase<PagefindSearch>;
  /** Absent in results from before the map. */
  map?: Phase<MapMetrics>;
}

export interface BenchResults {
  machine: MachineInfo;
  siteBuild: Phase<{ wallMs: number }>;
  /** Keyed by paper count; a run with --sizes keeps the other sizes of the previous results. */
  sizes: Record<string, SizeResult>;
}
