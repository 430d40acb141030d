import { useId } from 'react';

/** Syntax help in a native popover: light dismiss and Esc come from the browser. */
export function QueryHelp() {
  const popId = useId();
  return (
    <>
      <button type="button" className="button button--ghost help-button" popoverTarget={popId}>
        <span className="narrow-only" aria-hidden="true">
          ?
        </span>
        <span className="narrow-hidden">Search help</span>
      </button>
      <div id={popId} popover="auto" className="popover" role="note" aria-label="Search syntax">
        <h2 className="popover-title">Search syntax</h2>
        <dl className="syntax-list">
          <dt>
            <kbd>ring attention</kbd>
          </dt>
          <dd>
            papers matching all words (in the title, abstract or authors); the last word matches as
            a prefix while you type
          </dd>
          <dt>
            <kbd>"linear attention"</kbd>
          </dt>
          <dd>the exact phrase only</dd>
          <dt>
            <kbd>-video</kbd>
          </dt>
          <dd>leave out papers that mention the word</dd>
          <dt>
            <kbd>atention</kbd>
          </dt>
          <dd>small typos in longer words are forgiven</dd>
        </dl>
        <p className="muted">
          Keys: <kbd>/</kbd> focuses search, <kbd>Esc</kbd> clears it, <kbd>↓</kbd>/<kbd>↑</kbd> or{' '}
          <kbd>j</kbd>/<kbd>k</kbd> move through results, <kbd>Enter</kbd> opens one.
        </p>
      </div>
    </>
  );
}
