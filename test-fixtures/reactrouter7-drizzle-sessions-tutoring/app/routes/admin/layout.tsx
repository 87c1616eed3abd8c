import { Outlet } from 'react-router';
import { requireAdmin } from '~/lib/auth.server';
import type { Route } from './+types/layout';

// ok: missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  await requireAdmin(request);
  return null;
}

export default function AdminLayout() {
  return <main className="admin"><Outlet /></main>;
}
