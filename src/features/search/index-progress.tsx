import type { HostStatus } from '../../corpus/search-host';

/**
 * What a search covers while the index loads (a list without text needs no index). Not a live
 * region: the result count is the page's status; this line only explains why results may grow.
 */
export function IndexProgress({ status, hasQuery }: { status: HostStatus; hasQuery: boolean }) {
  if (status.phase === 'error') {
    return (
      <p className="index-progress index-progress--error">
        Full-text search is unavailable: {status.message}
      </p>
    );
  }
  if (status.phase === 'full' || !hasQuery) return null;
  return (
    <p className="index-progress muted">
      {status.phase === 'titles' ? 'Searching titles only. ' : ''}
      Loading full-text index… {Math.round(status.progress * 100)}%
    </p>
  );
}
