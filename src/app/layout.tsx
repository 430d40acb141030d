import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { ThemeToggle } from './theme-toggle';
import { StorageNotices } from './storage-notices';
import { useApplyTheme } from './use-apply-theme';
import { useForcedRenderError } from './force-render-error';

export function Layout() {
  useForcedRenderError('layout');
  useApplyTheme();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand" end>
          Paper Explorer
        </NavLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                Search
              </NavLink>
            </li>
            <li>
              <NavLink to="/insights">Insights</NavLink>
            </li>
            <li>
              <NavLink to="/map">Map</NavLink>
            </li>
            <li>
              <NavLink to="/reading-list">Reading list</NavLink>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </header>
      <StorageNotices />
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
