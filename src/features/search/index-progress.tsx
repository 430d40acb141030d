import type { HostStatus } from '../../corpus/search-host';

interface Props {
  status: HostStatus;
  hasQuery: boolean;
  /** Clears the search text: without an index, the list is still there to browse. */
  onClear: () => void;
}

/**
 * What a search covers while the index loads (a list without text needs no index), or why it
 * cannot. Progress is not a live region: the result count is the page's status, and this line only
 * explains why results may grow.
 */
export function IndexProgress({ status, hasQuery, onClear }: Props) {
  if (status.phase === 'error') {
    return (
      <div className="notice" role="alert">
        <p>
          Full-text search is unavailable: {status.message}. Reload the page to try again
          {hasQuery ? '; meanwhile every paper can be browsed and filtered.' : '.'}
        </p>
        {hasQuery && (
          <button type="button" className="button" onClick={onClear}>
            Clear the search text
          </button>
        )}
      </div>
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
