import { useIsStarred, useReadingList } from '../stores/reading-list-store';
import '../styles/star-button.css';

interface ToggleProps {
  slug: string;
  title: string;
  starred: boolean;
  /** `compact` shows the star only (result lists); `full` adds the words (paper page). */
  variant?: 'compact' | 'full';
}

/**
 * Toggles a paper in the reading list, given whether it is in it. A result list reads the list
 * once for all its items: a store subscription per item would be set up and torn down for 25
 * items whenever the results change, on the keystroke's own time.
 *
 * The name stays the same in both states (a toggle button's state is aria-pressed, not its label)
 * and starts with the visible words; the star fills when pressed.
 */
export function StarToggle({ slug, title, starred, variant = 'compact' }: ToggleProps) {
  return (
    <button
      type="button"
      className={`star-button star-button--${variant}`}
      aria-pressed={starred}
      aria-label={`Save to reading list: ${title}`}
      title={starred ? 'In your reading list (click to remove)' : 'Save to your reading list'}
      onClick={() => useReadingList.getState().toggle(slug)}
    >
      <span className="star-button-icon" aria-hidden="true">
        {starred ? '★' : '☆'}
      </span>
      {variant === 'full' && <span>Save to reading list</span>}
    </button>
  );
}

/** A StarToggle that follows the reading list itself (a single paper's page). */
export function StarButton(props: Omit<ToggleProps, 'starred'>) {
  return <StarToggle {...props} starred={useIsStarred(props.slug)} />;
}
