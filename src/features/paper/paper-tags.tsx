import { Link } from 'react-router';
import type { FacetGroup, PaperTags as Tags, TagEvidence } from '../../lib/types';
import { FACET_GROUPS, GROUP_LABELS } from '../../lib/types';
import { getValue, labelOf } from '../../lib/taxonomy';

export interface Why {
  key: string;
  evidence: string[];
}

interface Props {
  tags: Tags;
  why: Why | null;
  onWhy: (why: Why | null) => void;
}

function tagsOf(tags: Tags, group: FacetGroup): TagEvidence[] {
  return group === 'contribution' ? [tags.contribution] : (tags[group] ?? []);
}

export function PaperTags({ tags, why, onWhy }: Props) {
  return (
    <section aria-labelledby="tags-heading">
      <h2 id="tags-heading">Tags</h2>
      <dl className="tag-groups">
        {FACET_GROUPS.map((group) => {
          const list = tagsOf(tags, group);
          return (
            <div key={group} className="tag-group">
              <dt>{GROUP_LABELS[group]}</dt>
              <dd>
                {list.length === 0 && <span className="muted">none detected</span>}
                <ul className="chip-list">
                  {list.map((t) => {
                    const key = `${group}:${t.id}`;
                    const active = why?.key === key;
                    return (
                      <li key={key} className="tag">
                        <Link
                          className="chip"
                          to={`/?${group}=${encodeURIComponent(t.id)}`}
                          title={getValue(group, t.id)?.definition}
                        >
                          {labelOf(group, t.id)}
                        </Link>
                        {t.evidence.length > 0 && (
                          <button
                            type="button"
                            className="button button--small"
                            aria-pressed={active}
                            aria-label={`Why ${labelOf(group, t.id)}?`}
                            onClick={() => onWhy(active ? null : { key, evidence: t.evidence })}
                          >
                            why?
                          </button>
                        )}
                        {active && (
                          <span className="why-note">
                            Matched: {t.evidence.map((e) => `“${e}”`).join(', ')} (highlighted in
                            the abstract)
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
