import { Link } from 'react-router';
import type { FacetGroup } from '../../lib/types';
import { yearSpan, type ViewState } from '../../lib/url/view-state';
import { labelOf } from '../../lib/taxonomy';
import { formatCount } from '../../lib/format-number';
import { searchHref } from '../../lib/insights/mark-href';

const GROUPS: readonly [FacetGroup, string][] = [
  ['technique', 'technique'],
  ['modality', 'modality'],
  ['contribution', 'contribution'],
];

/** "query “x”", "technique A or B", …: the parts of the view that narrow the collection. */
function filterParts(view: ViewState): string[] {
  const parts: string[] = [];
  if (view.q.trim()) parts.push(`query “${view.q.trim()}”`);
  for (const [group, name] of GROUPS) {
    const ids = view[group];
    if (ids.length > 0) parts.push(`${name} ${ids.map((id) => labelOf(group, id)).join(' or ')}`);
  }
  if (view.minContext !== undefined)
    parts.push(`claimed context of at least ${formatCount(view.minContext)} tokens`);
  const years = yearSpan(view);
  if (years) parts.push(`dated ${years}`);
  return parts;
}

export function InsightsSummary({
  view,
  count,
  total,
}: {
  view: ViewState;
  count: number;
  total: number;
}) {
  const parts = filterParts(view);
  const papers = `${count} ${count === 1 ? 'paper' : 'papers'}`;
  return (
    <div className="insights-summary">
      {parts.length === 0 ? (
        <p>
          <strong>{papers}</strong> in view: the whole collection.
        </p>
      ) : (
        <p>
          <strong>{papers}</strong> in view (of {total}), filtered by {parts.join('; ')}.{' '}
          <Link to={searchHref(view)}>Show these papers in search</Link>
        </p>
      )}
    </div>
  );
}
