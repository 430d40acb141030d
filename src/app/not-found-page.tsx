import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title';

export function NotFoundPage({ detail }: { detail?: string }) {
  useDocumentTitle('Not found');
  return (
    <main id="main" className="page page--narrow">
      <h1>Not found</h1>
      <p>{detail ?? 'There is no page at this address.'}</p>
      <p>
        <Link to="/">Back to all papers</Link>
      </p>
    </main>
  );
}
