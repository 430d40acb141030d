import { useDocumentTitle } from '../hooks/use-document-title';

export function LoadingPage() {
  return (
    <main id="main" className="page" aria-busy="true">
      <p role="status">Loading papers…</p>
    </main>
  );
}

export function LoadErrorPage({ message }: { message: string }) {
  useDocumentTitle('Could not load');
  return (
    <main id="main" className="page page--narrow">
      <h1>The collection could not be loaded</h1>
      <p role="alert">{message}. Check your connection and reload the page.</p>
    </main>
  );
}
