/** Query latency in Node with the project's engine, in a child process per corpus. */
import { lastJsonLine, runTs } from './proc';
import type { NodeQueryMetrics } from './node-types';

export async function measureNodeQueries(
  corpusJson: string,
): Promise<NodeQueryMetrics & { peakRss?: number }> {
  const res = await runTs('scripts/bench/node-queries-child.ts', [corpusJson], {
    nodeFlags: ['--expose-gc', '--max-old-space-size=8192'],
    timeoutMs: 20 * 60_000,
  });
  const metrics = lastJsonLine<NodeQueryMetrics>(res, 'node query bench');
  return res.peakRss === undefined ? metrics : { ...metrics, peakRss: res.peakRss };
}
