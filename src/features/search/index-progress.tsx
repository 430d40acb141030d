import type { HostStatus } from '../../corpus/search-host';

/**
 * What the search covers while a large collection's index loads. Not a live region: the result
 * count is the page's status; this line only explains why results may grow.
 */
export function IndexProgress({ status, hasQuery }: { status: HostStatus; hasQuery: boolean }) {
  if (status.phase === 'full') return null;
  if (status.phase === 'error') {
    return (
      <p className="index-progress index-progress--error">
        Full-text search is unavailable: {status.message}
      </p>
    );
  }
  const percent = Math.round(status.progress * 100);
  return (
    <p className="index-progress muted">
      {hasQuery && status.phase === 'titles' ? 'Searching titles only. ' : ''}
      Loading full-text index… {percent}%
    </p>
  );
}
