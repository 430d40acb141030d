import { Component, type ErrorInfo, type ReactNode } from 'react';
import { APP_NAME } from '../hooks/use-document-title';

const HOME = import.meta.env.BASE_URL;

interface State {
  error: Error | null;
}

/**
 * The last line of defence, around the router itself: catches what the routes' error elements
 * cannot (an error in the router, or in an error element). It renders without router hooks, so it
 * works whatever failed, and offers a plain link home: never a blank page.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Paper Explorer failed to render', error, info.componentStack);
    document.title = `Something went wrong — ${APP_NAME}`;
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main id="main" className="page page--narrow" role="alert">
        <h1>Something went wrong</h1>
        <p>
          Paper Explorer hit an error and could not show this page. Your reading list and settings
          are safe.
        </p>
        <p className="muted">Details: {error.message || 'Unknown error'}</p>
        <p>
          <a href={HOME}>Go to the home page</a>
        </p>
      </main>
    );
  }
}
