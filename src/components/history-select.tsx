import { useRef, type ComponentPropsWithoutRef } from 'react';

type Props = Omit<
  ComponentPropsWithoutRef<'select'>,
  'onChange' | 'onKeyDown' | 'onPointerDown' | 'onBlur'
> & {
  /** replace: this choice follows one made by arrowing through the options (see below). */
  onChange: (value: string, replace: boolean) => void;
};

/**
 * A select whose choices are history entries. Arrow keys on a closed select change it once per
 * option passed: the first change records a history entry, and the ones that follow while arrowing
 * replace it, so Back skips the options passed on the way. Any other key, a pointer choice, or
 * leaving the control ends the run.
 */
export function HistorySelect({ onChange, ...select }: Props) {
  const keys = useRef({ pressed: false, run: false });
  const endRun = () => (keys.current = { pressed: false, run: false });
  return (
    <select
      {...select}
      onKeyDown={(e) => {
        if (/^(Arrow|Home$|End$|Page)/.test(e.key) && !e.altKey) keys.current.pressed = true;
        else endRun();
      }}
      onPointerDown={endRun}
      onBlur={endRun}
      onChange={(e) => {
        const { pressed, run } = keys.current;
        keys.current = { pressed: false, run: pressed };
        onChange(e.target.value, pressed && run);
      }}
    />
  );
}
