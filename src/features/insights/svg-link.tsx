import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';

interface Props {
  href: string;
  /** Accessible name and tooltip of the mark. */
  label: string;
  className?: string;
  /** Row of the chart, for arrow-key movement (use-roving-marks.ts). */
  row: number;
  children: ReactNode;
}

/**
 * A link inside SVG. React Router's <Link> renders HTML, so plain clicks are routed by hand;
 * modified clicks (new tab, …) keep the browser's default.
 */
export function SvgLink({ href, label, className, row, children }: Props) {
  const navigate = useNavigate();
  const onClick = (e: MouseEvent<Element>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    void navigate(href);
  };
  return (
    <a href={href} className={className} aria-label={label} data-row={row} onClick={onClick}>
      <title>{label}</title>
      {children}
    </a>
  );
}
