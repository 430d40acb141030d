/** Worker thread of vector-task.ts: runs its jobs in the order they are sent. */
import { parentPort } from 'node:worker_threads';
import { vectorJobs, type VectorRequest } from './vector-task';

const jobs = vectorJobs();

parentPort?.on('message', (req: VectorRequest) => {
  try {
    if ('counts' in req) parentPort?.postMessage({ related: jobs.related(req.counts) });
    else if ('placing' in req) {
      jobs.startPlacing(req.placing);
      parentPort?.postMessage({ started: true });
    } else if ('inputs' in req)
      parentPort?.postMessage({ placed: jobs.place(req.inputs, req.from) });
    else {
      const layout = jobs.layout(req.areas);
      parentPort?.postMessage({ layout }, [layout.xy.buffer as ArrayBuffer]);
    }
  } catch (e) {
    parentPort?.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
