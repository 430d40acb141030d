import { useEffect, useRef, useState } from 'react';
import type { Paper } from '../../lib/types';
import { FORMAT_LIST, type ExportFormatInfo } from '../../lib/export/format-list';
import { siteBaseUrl } from './export-formats';
import { publicSiteUrl } from '../../lib/export/site-url';
import { datedFilename, downloadText } from './download';
import '../../styles/export.css';

interface Props {
  /**
   * Called at click time, so the export is always of the current view (every page of it). It may
   * load the papers' details first (abstracts and links arrive in shards).
   */
  getPapers: () => Paper[] | Promise<Paper[]>;
  /** File name prefix: `papers` gives `papers-2025-01-31.csv`. */
  filePrefix: string;
  /** What is exported, e.g. "the 42 papers in this view"; completes the button's name. */
  what: string;
  /** Heading of the Markdown export; a function is asked at click time, like getPapers. */
  heading: string | (() => string);
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  /** How many papers `what` announces: a file with fewer is never written. */
  count?: number;
  /**
   * The set the status is about (by default `what`): the status clears when it changes. A search
   * passes its view, whose count may grow while an exact phrase is checked.
   */
  about?: string;
}

/** A native <details> disclosure: keyboard and screen-reader behaviour come from the browser. */
export function ExportMenu({
  getPapers,
  filePrefix,
  what,
  heading,
  align = 'end',
  count,
  about = what,
}: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Said about one set of papers: once the view shows others, it no longer applies.
  const [said, setSaid] = useState({ text: '', about });
  const setStatus = (text: string) => setSaid({ text, about });
  const status = said.about === about ? said.text : '';

  // Close on a click elsewhere, like a menu; Escape is handled on the element.
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (focusSummary: boolean) => {
    if (!ref.current) return;
    ref.current.open = false;
    if (focusSummary) ref.current.querySelector('summary')?.focus();
  };

  const run = async (format: ExportFormatInfo) => {
    close(true);
    try {
      const writers = import('../../lib/export/export-formats');
      const pending = getPapers();
      if (pending instanceof Promise) setStatus(`Preparing the ${format.label} export…`);
      const papers = await pending;
      if (count !== undefined && papers.length < count)
        throw new Error(
          `only ${papers.length} of the ${count} papers could be read. Nothing was saved.`,
        );
      const { EXPORT_FORMATS } = await writers;
      const render = EXPORT_FORMATS.find((f) => f.id === format.id)!.render;
      const text = render(papers, {
        baseUrl: siteBaseUrl(),
        siteUrl: publicSiteUrl(import.meta.env.SITE_URL, import.meta.env.BASE_URL, window.location),
        heading: typeof heading === 'function' ? heading() : heading,
      });
      downloadText(datedFilename(filePrefix, format.extension), text, format.mimeType);
      setStatus(
        `Saved ${papers.length} ${papers.length === 1 ? 'paper' : 'papers'} as ${format.label}.`,
      );
    } catch (e) {
      setStatus(`The ${format.label} export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="export">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes the disclosure */}
      <details
        ref={ref}
        className={`export-menu export-menu--${align}`}
        onToggle={(e) => setOpen(e.currentTarget.open)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && ref.current?.open) {
            e.preventDefault();
            close(true);
          }
        }}
      >
        <summary className="button export-summary">
          Export <span className="visually-hidden">{what}</span>
        </summary>
        <div className="export-panel">
          <p className="export-what">Download {what} as:</p>
          <ul className="export-options">
            {FORMAT_LIST.map((f) => (
              <li key={f.id}>
                <button type="button" className="button export-option" onClick={() => void run(f)}>
                  {f.label} <span className="muted">.{f.extension}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </details>
      <span role="status" className="export-status">
        {status}
      </span>
    </div>
  );
}
