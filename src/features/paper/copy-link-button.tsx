import { CopyButton } from './copy-button';

export function CopyLinkButton() {
  return (
    <CopyButton
      label="Copy link"
      text={() => window.location.href}
      copied="Link copied"
      failed="Copy failed: use the address bar"
    />
  );
}
