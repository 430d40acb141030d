import type { Paper } from '../../lib/types';
import { toBibtex } from '../../lib/export/to-bibtex';
import { publicSiteUrl } from '../../lib/export/site-url';
import { CopyButton } from './copy-button';

/** Copies the paper's BibTeX entry (an @article with eprint when its arXiv id is known). */
export function CopyCitationButton({ paper }: { paper: Paper }) {
  return (
    <CopyButton
      label="Copy citation"
      text={() =>
        toBibtex([paper], {
          baseUrl: window.location.origin,
          siteUrl: publicSiteUrl(
            import.meta.env.SITE_URL,
            import.meta.env.BASE_URL,
            window.location,
          ),
        })
      }
      copied="BibTeX citation copied"
      failed="Copy failed: use Export on the search page"
    />
  );
}
