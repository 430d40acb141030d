import { Outlet } from 'react-router';
import { useForcedRenderError } from './force-render-error';

/** The frame of every page inside the layout: its route's error element keeps the header and navigation. */
export function PageOutlet() {
  useForcedRenderError('page');
  return <Outlet />;
}
