import { highlight } from '../lib/search/highlight';

/** Text with matched terms wrapped in <mark>; built as React nodes, never as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {/* Plain runs stay bare text nodes: a span each would only add layout work per keystroke. */}
      {highlight(text, terms).map((seg, i) =>
        seg.hit ? <mark key={i}>{seg.text}</mark> : seg.text,
      )}
    </>
  );
}
