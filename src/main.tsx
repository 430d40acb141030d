// First: opened at /map, the map's code and file are requested before the app is evaluated.
import './app/routes/map-start';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// From react-router/dom: navigations can then ask for flushSync (use-view-state.ts).
import { RouterProvider } from 'react-router/dom';
import { router } from './app/router';
import { AppErrorBoundary } from './app/app-error-boundary';
import { readyToTakeOver } from './app/prerendered';
import './styles/base.css';
import './styles/components.css';

const root = document.getElementById('root');
if (root) {
  void readyToTakeOver(root).then(() =>
    createRoot(root).render(
      <StrictMode>
        <AppErrorBoundary>
          <RouterProvider router={router} />
        </AppErrorBoundary>
      </StrictMode>,
    ),
  );
}
