import { Link, useRouteError } from 'react-router';
import { useForcedRenderError } from './force-render-error';
import { useDocumentTitle } from '../hooks/use-document-title';

/** The routes' error element: a readable message and a way home, never a blank page. */
export function RouteError() {
  useForcedRenderError('error-page');
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  return (
    <main id="main" className="page page--narrow" role="alert">
      <h1>Something went wrong</h1>
      <p>This page hit an error and could not be shown. Your reading list and settings are safe.</p>
      <p className="muted">Details: {message}</p>
      <p>
        <a href="/">Go to the home page</a> · <Link to="/">Reload the list</Link>
      </p>
    </main>
  );
}
