import { Outlet } from 'react-router';
import type { Route } from './+types/layout';
import { requireClinicAdmin } from '~/lib/auth.server';

// ok: missing-auth, missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  await requireClinicAdmin(request);
  return null;
}

export default function AdminLayout() {
  return (
    <section className="admin">
      <Outlet />
    </section>
  );
}
