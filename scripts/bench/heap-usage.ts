/**
 * V8 heap of a page and of its workers (the search index may live in a worker), via CDP.
 * Array buffers (typed-array indexes) sit outside the JS heap proper, so they are added.
 */
import type { CDPSession } from 'playwright-core';

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

export interface HeapFigures {
  main: number;
  workers: number;
  workerCount: number;
}

const used = (h: HeapUsage) => h.usedSize + (h.backingStorageSize ?? 0);

export class HeapProbe {
  private readonly workers = new Set<string>();
  private readonly waiting = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
  private nextId = 1;

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') this.workers.add(e.sessionId);
    });
    cdp.on('Target.detachedFromTarget', (e) => {
      this.workers.delete(e.sessionId);
    });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (m.id !== undefined) this.waiting.get(m.id)?.(m);
    });
  }

  /** Attach before navigation so workers are seen from their start. */
  static async attach(cdp: CDPSession): Promise<HeapProbe> {
    const probe = new HeapProbe(cdp);
    // Non-flat sessions: Playwright's CDPSession cannot address flat child sessions.
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    return probe;
  }

  private inWorker<T>(sessionId: string, method: string): Promise<T | undefined> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 30_000);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(m.result as T | undefined);
      });
      this.cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => resolve(undefined));
    });
  }

  async measure(): Promise<HeapFigures> {
    const main = used((await this.cdp.send('Runtime.getHeapUsage')) as HeapUsage);
    let workers = 0;
    for (const s of this.workers) {
      const h = await this.inWorker<HeapUsage>(s, 'Runtime.getHeapUsage');
      if (h) workers += used(h);
    }
    return { main, workers, workerCount: this.workers.size };
  }

  async collectGarbage(): Promise<void> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    for (const s of this.workers) await this.inWorker(s, 'HeapProfiler.collectGarbage');
  }
}
