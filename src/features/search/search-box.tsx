import { useId, useRef } from 'react';
import { QueryHelp } from './query-help';
import { useSlashToFocus } from './use-keyboard';

interface Props {
  /** The typed text (use-search-text.ts holds it). */
  value: string;
  /** A key changed the text. */
  onType: (q: string) => void;
  /** Enter (the text as it is) or Escape (cleared): the URL gets it now, as a new history entry. */
  onCommit: (q: string) => void;
  /** The box got focus: a search is likely coming. */
  onFocus: () => void;
  onBlur: () => void;
}

export function SearchBox({ value, onType, onCommit, onFocus, onBlur }: Props) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useSlashToFocus(ref);
  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        Search papers
      </label>
      <input
        ref={ref}
        id={id}
        type="search"
        className="search-input"
        placeholder="Search titles and abstracts…  (press / to focus)"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onType(e.target.value)}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            onCommit('');
          } else if (e.key === 'Enter') {
            onCommit(value);
          } else if (e.key === 'ArrowDown') {
            const first = document.querySelector<HTMLElement>('[data-result-link]');
            if (first) {
              e.preventDefault();
              first.focus();
            }
          }
        }}
        aria-describedby={`${id}-hint`}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        Supports "exact phrases" and -exclusions. Press the down arrow to move into the results.
      </span>
      <QueryHelp />
    </div>
  );
}
