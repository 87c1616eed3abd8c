import { Outlet } from 'react-router';
import { requireManager, requireUser } from '../middleware/auth.server';
import type { Route } from './+types/admin';

export const middleware: Route.MiddlewareFunction[] = [requireUser, requireManager];

export default function AdminLayout() {
  return <Outlet />;
}
