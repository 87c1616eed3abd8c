import { Outlet } from 'react-router';
import type { Route } from './+types/reports';
import { requireUserMiddleware } from '~/lib/middleware.server';

// Every report page (this route and its children) runs behind the session middleware.
export const unstable_middleware = [requireUserMiddleware];

export default function ReportsLayout() {
  return <Outlet />;
}
