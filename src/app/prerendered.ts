/**
 * A prerendered page (scripts/prerender.ts) already shows the paper. The app replaces it only once
 * it can render the same page at once (corpus, the paper's shard and the page's code are in), so
 * the reader sees no loading state in between: React's first commit swaps identical markup.
 */
import { getCorpusState, loadCorpus, subscribeCorpus } from '../corpus/corpus-client';
import type { LoadedCorpus } from '../corpus/corpus-client';
import { preloadPaperPage } from './routes/paper-route';

/** Past this the app takes over anyway, with its own loading or error page. */
const WAIT_MS = 10_000;

function corpusSettled(): Promise<LoadedCorpus | undefined> {
  return new Promise((done) => {
    const check = () => {
      const s = getCorpusState();
      if (s.status === 'loading') return false;
      done(s.status === 'ready' ? s.corpus : undefined);
      return true;
    };
    if (check()) return;
    const stop = subscribeCorpus(() => {
      if (check()) stop();
    });
  });
}

async function paperReady(slug: string): Promise<void> {
  loadCorpus();
  const [corpus] = await Promise.all([corpusSettled(), preloadPaperPage()]);
  const meta = corpus?.bySlug.get(slug);
  if (corpus && meta) await corpus.details.load([meta.index]);
}

/** Resolves when the app can take over the prerendered page in `root`; at once for others. */
export function readyToTakeOver(root: HTMLElement): Promise<void> {
  const slug = /^\/paper\/([^/]+)$/.exec(window.location.pathname)?.[1];
  if (root.dataset.prerendered !== 'paper' || !slug) return Promise.resolve();
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return Promise.resolve();
  }
  const timeout = new Promise<void>((done) => setTimeout(done, WAIT_MS));
  return Promise.race([paperReady(decoded).catch(() => undefined), timeout]);
}
