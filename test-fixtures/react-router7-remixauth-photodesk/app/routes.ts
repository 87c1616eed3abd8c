import { route, type RouteConfig } from '@react-router/dev/routes';
import { flatRoutes } from '@react-router/fs-routes';

export default [
  ...(await flatRoutes()),
  // Legacy share links from the v1 app.
  route('s/:albumId', 'share/album.tsx'),
] satisfies RouteConfig;
