import { useIsStarred, useReadingList } from '../stores/reading-list-store';
import '../styles/star-button.css';

interface Props {
  slug: string;
  title: string;
  /** `compact` shows the star only (result lists); `full` adds the words (paper page). */
  variant?: 'compact' | 'full';
}

/**
 * Toggles a paper in the reading list. The name stays the same in both states (a toggle
 * button's state is aria-pressed, not its label) and starts with the visible words; the
 * star fills when pressed.
 */
export function StarButton({ slug, title, variant = 'compact' }: Props) {
  const starred = useIsStarred(slug);
  const toggle = useReadingList((s) => s.toggle);
  return (
    <button
      type="button"
      className={`star-button star-button--${variant}`}
      aria-pressed={starred}
      aria-label={`Save to reading list: ${title}`}
      title={starred ? 'In your reading list (click to remove)' : 'Save to your reading list'}
      onClick={() => toggle(slug)}
    >
      <span className="star-button-icon" aria-hidden="true">
        {starred ? '★' : '☆'}
      </span>
      {variant === 'full' && <span>Save to reading list</span>}
    </button>
  );
}
