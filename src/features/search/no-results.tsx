import type { ViewState } from '../../lib/url/view-state';

interface Props {
  view: ViewState;
  onChange: (patch: Partial<ViewState>) => void;
}

/** Says nothing matched and offers the easings that would bring results back. */
export function NoResults({ view, onChange }: Props) {
  const filters =
    view.technique.length + view.modality.length + view.contribution.length + view.topic.length;
  return (
    <div className="no-results">
      <p>
        <strong>No paper matches this view.</strong>
      </p>
      <ul>
        {filters > 0 && (
          <li>
            <button
              type="button"
              className="button"
              onClick={() => onChange({ technique: [], modality: [], contribution: [], topic: [] })}
            >
              Drop the {filters === 1 ? 'filter' : `${filters} filters`}
            </button>
          </li>
        )}
        {view.minContext !== undefined && (
          <li>
            <button
              type="button"
              className="button"
              onClick={() => onChange({ minContext: undefined })}
            >
              Drop the minimum context length
            </button>
          </li>
        )}
        {view.q.includes('"') && (
          <li>Try the words without quotes, so they need not be adjacent.</li>
        )}
        {view.q.trim().split(/\s+/).length > 1 && <li>Try fewer words: every word must match.</li>}
        {view.q !== '' && (
          <li>
            <button type="button" className="button" onClick={() => onChange({ q: '' })}>
              Clear the search text
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
