import { Outlet } from 'react-router';
import type { Route } from './+types/admin';
import { requireAdmin } from '../auth.server';

// ok: missing-auth, missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const admin = await requireAdmin(request);
  return { email: admin.email };
}

export default function AdminLayout() {
  return (
    <div className="admin">
      <Outlet />
    </div>
  );
}
