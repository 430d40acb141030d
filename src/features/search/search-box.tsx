import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { QueryHelp } from './query-help';

interface Props {
  value: string;
  /** replace=true while typing; false for a deliberate commit (Enter). */
  onChange: (q: string, replace: boolean) => void;
  /** The box got focus: a search is likely coming. */
  onFocus?: () => void;
  onBlur?: () => void;
}

/**
 * The input keeps its own text so typing never waits for the router; the URL is
 * written on every keystroke and, when it changes from outside (Back, a link), the text follows.
 */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { value, onChange, onFocus, onBlur },
  ref,
) {
  const [text, setText] = useState(value);
  const sent = useRef<string[]>([]);
  const id = useId();

  useEffect(() => {
    const i = sent.current.indexOf(value);
    if (i >= 0) {
      sent.current = sent.current.slice(i + 1);
      return;
    }
    sent.current = [];
    setText(value);
  }, [value]);

  const emit = (q: string, replace: boolean) => {
    setText(q);
    sent.current.push(q);
    onChange(q, replace);
  };

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
        value={text}
        onChange={(e) => emit(e.target.value, true)}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text !== '') {
            e.preventDefault();
            emit('', false);
          } else if (e.key === 'Enter') {
            emit(text, false);
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
});
