import type { IdsParam } from '../lib/url/ids-param';
import '../styles/ids-problems.css';

interface Props {
  parsed: IdsParam;
  /** Well-formed ids that name no paper in this collection. */
  unknown: string[];
}

const MAX_LISTED = 10;

/** Says which ids of a shared link were not used, and why. Values are shown as text, shortened. */
export function IdsProblems({ parsed, unknown }: Props) {
  if (unknown.length === 0 && parsed.invalidCount === 0 && !parsed.truncated) return null;
  return (
    <div className="ids-problems" role="note">
      {unknown.length > 0 && (
        <p>
          {unknown.length === 1
            ? 'One paper in this link is'
            : `${unknown.length} papers in this link are`}{' '}
          not in this collection: <IdList ids={unknown} total={unknown.length} />.
        </p>
      )}
      {parsed.invalidCount > 0 && (
        <p>
          {parsed.invalidCount === 1 ? 'One value is' : `${parsed.invalidCount} values are`} not a
          paper address and {parsed.invalidCount === 1 ? 'was' : 'were'} ignored:{' '}
          <IdList ids={parsed.invalid} total={parsed.invalidCount} />.
        </p>
      )}
      {parsed.truncated && <p>The link was too long; only its first papers were read.</p>}
    </div>
  );
}

function IdList({ ids, total }: { ids: string[]; total: number }) {
  const shown = ids.slice(0, MAX_LISTED);
  return (
    <>
      {shown.map((id, i) => (
        <span key={`${i}-${id}`}>
          {i > 0 && ', '}
          <code className="ids-problem-value">{id}</code>
        </span>
      ))}
      {total > shown.length && ` and ${total - shown.length} more`}
    </>
  );
}
