import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { PageOutlet } from './page-outlet';
import { RouteError } from './route-error';
import { SearchRoute } from './routes/search-route';
import { PaperRoute } from './routes/paper-route';
import { InsightsRoute } from './routes/insights-route';
import { ReadingListRoute } from './routes/reading-list-route';
import { CompareRoute } from './routes/compare-route';
import { MapRoute } from './routes/map-route';
import { NotFoundPage } from './not-found-page';

// Two error elements: a failing page shows the message inside the layout (navigation still works);
// a failing layout shows it alone. Whatever they cannot catch, main.tsx's AppErrorBoundary does.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        element: <PageOutlet />,
        errorElement: <RouteError />,
        children: [
          { path: '/', element: <SearchRoute /> },
          { path: '/paper/:slug', element: <PaperRoute /> },
          { path: '/insights', element: <InsightsRoute /> },
          { path: '/reading-list', element: <ReadingListRoute /> },
          { path: '/compare', element: <CompareRoute /> },
          { path: '/map', element: <MapRoute /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
