/** Worker threads for the build's TypeScript entries. */
import { Worker } from 'node:worker_threads';

/**
 * A worker running a TypeScript entry: worker threads do not inherit tsx's loader hooks, so the
 * worker registers them itself before importing the entry.
 */
export function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}
