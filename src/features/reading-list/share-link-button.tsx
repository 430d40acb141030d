import { useId, useState } from 'react';
import { pathWithIds } from '../../lib/url/ids-param';

/** Copies a /reading-list?ids=… link; the link is also shown, for when the clipboard is refused. */
export function ShareLinkButton({ slugs }: { slugs: readonly string[] }) {
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const inputId = useId();

  const copy = async () => {
    const link = new URL(pathWithIds('/reading-list', slugs), window.location.origin).href;
    setUrl(link);
    try {
      await navigator.clipboard.writeText(link);
      setStatus(`Link to ${slugs.length} ${slugs.length === 1 ? 'paper' : 'papers'} copied.`);
    } catch {
      setStatus('Could not copy: select the link below and copy it yourself.');
    }
  };

  return (
    <div className="share-link">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy share link
      </button>
      <span role="status" className="share-link-status">
        {status}
      </span>
      {url && (
        <p className="share-link-field">
          <label htmlFor={inputId}>Share link</label>
          <input
            id={inputId}
            type="url"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
