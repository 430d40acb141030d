import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { SearchRoute } from './routes/search-route';
import { PaperRoute } from './routes/paper-route';
import { NotFoundPage } from './not-found-page';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <SearchRoute /> },
      { path: '/paper/:slug', element: <PaperRoute /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
