import { useState } from 'react';

interface Props {
  label: string;
  /** Asked at click time. */
  text: () => string;
  copied: string;
  failed: string;
}

/** Copies text to the clipboard and says so in a status region beside the button. */
export function CopyButton({ label, text, copied, failed }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  // One item of the row the button sits in: an empty status adds no gap of its own.
  return (
    <span className="copy-control">
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status muted">
        {status === 'copied' ? copied : status === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
