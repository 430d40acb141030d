// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppErrorBoundary } from './app-error-boundary';
import { RouteError } from './route-error';
import { useForcedRenderError } from './force-render-error';

function Boom(): never {
  throw new Error('boom <img src=x onerror=alert(1)>');
}
function Forced({ spot }: { spot: 'layout' | 'page' }) {
  useForcedRenderError(spot);
  return <p>fine</p>;
}

afterEach(() => {
  cleanup();
  delete window.__PAPER_EXPLORER_FORCE_RENDER_ERROR__;
  vi.restoreAllMocks();
});

describe('AppErrorBoundary', () => {
  it('shows a readable message, the error as text, and a link home', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <AppErrorBoundary>
        <Boom />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong');
    expect(screen.getByRole('alert').textContent).toContain(
      'Details: boom <img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe(
      '/',
    );
  });

  it('renders its children when nothing fails', () => {
    render(
      <AppErrorBoundary>
        <p>all good</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('all good')).toBeTruthy();
  });
});

describe('route error element and the test hook', () => {
  it('catches a page that throws, with a way home', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.__PAPER_EXPLORER_FORCE_RENDER_ERROR__ = 'page';
    const router = createMemoryRouter([
      { path: '/', element: <Forced spot="page" />, errorElement: <RouteError /> },
    ]);
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('alert').textContent).toContain('Forced render error (page)');
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe(
      '/',
    );
  });

  it('does nothing unless the flag names the spot', () => {
    window.__PAPER_EXPLORER_FORCE_RENDER_ERROR__ = ['layout'];
    render(<Forced spot="page" />);
    expect(screen.getByText('fine')).toBeTruthy();
    window.__PAPER_EXPLORER_FORCE_RENDER_ERROR__ = '?force=page';
    cleanup();
    render(<Forced spot="page" />);
    expect(screen.getByText('fine')).toBeTruthy();
  });
});
