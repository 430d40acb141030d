import { splitUrls } from '../lib/safe-url';
import { ExternalLink } from './external-link';
import { HighlightedText } from './highlighted-text';

/** Abstract text: http(s) URLs become links, the rest is highlighted text. */
export function RichText({ text, terms = [] }: { text: string; terms?: readonly string[] }) {
  return (
    <>
      {splitUrls(text).map((part, i) =>
        part.kind === 'url' ? (
          <ExternalLink key={i} href={part.url}>
            {part.text}
          </ExternalLink>
        ) : (
          <HighlightedText key={i} text={part.text} terms={terms} />
        ),
      )}
    </>
  );
}
