import { Outlet, useLoaderData } from 'react-router';
import { requireUser } from '~/sessions.server';
import type { Route } from './+types/app-layout';

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { email: user.email, role: user.role };
}

export default function AppLayout() {
  const { email } = useLoaderData<typeof loader>();
  return (
    <div>
      <header>{email}</header>
      <Outlet />
    </div>
  );
}
