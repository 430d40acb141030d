import { useState } from 'react';

export function CopyLinkButton() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="muted">
        {status === 'copied'
          ? 'Link copied'
          : status === 'failed'
            ? 'Copy failed: use the address bar'
            : ''}
      </span>
    </>
  );
}
