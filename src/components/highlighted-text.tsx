import { highlight, type Segment } from '../lib/search/highlight';

/** Segments as React nodes, never as HTML: matches in <mark>, plain runs as bare text nodes. */
export function Marked({ segments }: { segments: readonly Segment[] }) {
  // A span per plain run would only add layout work per keystroke.
  return <>{segments.map((seg, i) => (seg.hit ? <mark key={i}>{seg.text}</mark> : seg.text))}</>;
}

/** Text with matched terms wrapped in <mark>. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return <Marked segments={highlight(text, terms)} />;
}
