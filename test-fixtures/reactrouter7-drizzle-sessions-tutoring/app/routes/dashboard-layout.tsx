import { Outlet, useLoaderData } from 'react-router';
import { requireUser } from '~/lib/auth.server';
import type { Route } from './+types/dashboard-layout';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { email: user.email, role: user.role };
}

export default function DashboardLayout() {
  const { email } = useLoaderData<typeof loader>();
  return (
    <div>
      <header>{email}</header>
      <Outlet />
    </div>
  );
}
