import { Link } from 'react-router';
import type { PaperMeta } from '../../lib/corpus-format';
import type { ReadingItem } from '../../stores/reading-list-store';

interface Props {
  item: ReadingItem;
  /** Undefined when the slug is not in this collection (e.g. after the dump changed). */
  paper: PaperMeta | undefined;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onRemove: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function SavedItem({ item, paper, selected, onSelect, onRemove }: Props) {
  const title = paper?.title ?? item.slug;
  const checkboxId = `select-${item.slug}`;
  const added = new Date(item.addedAt);
  return (
    <li className="rl-item">
      {paper && (
        <span className="rl-select">
          <input
            id={checkboxId}
            type="checkbox"
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
          />
          <label htmlFor={checkboxId} className="visually-hidden">
            Select for comparison: {title}
          </label>
        </span>
      )}
      <div className="rl-body">
        <h2 className="rl-title">
          {paper ? (
            <Link to={`/paper/${paper.slug}`}>{paper.title}</Link>
          ) : (
            <span>{item.slug}</span>
          )}
        </h2>
        <p className="rl-meta">
          {paper?.name && <span className="chip chip--name">{paper.name}</span>}
          {!paper && <span className="rl-missing">Not in this collection</span>}
          <span className="muted">
            Added <time dateTime={added.toISOString()}>{dateFormat.format(added)}</time>
          </span>
        </p>
      </div>
      <button type="button" className="button button--small rl-remove" onClick={onRemove}>
        Remove <span className="visually-hidden">{title} from reading list</span>
      </button>
    </li>
  );
}
