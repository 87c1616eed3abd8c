import { NavLink, Outlet, useLoaderData } from 'react-router';
import type { Route } from './+types/portal-layout';
import { requireUser } from '~/lib/auth.server';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const staff = await requireUser(request);
  return { name: staff.name, role: staff.role };
}

export default function PortalLayout() {
  const { name, role } = useLoaderData<typeof loader>();
  return (
    <div className="portal">
      <nav>
        <NavLink to="/portal">Today</NavLink>
        <NavLink to="/portal/patients">Patients</NavLink>
        <NavLink to="/portal/appointments">Appointments</NavLink>
        {role === 'CLINIC_ADMIN' ? <NavLink to="/admin/staff">Admin</NavLink> : null}
        <span>{name}</span>
      </nav>
      <Outlet />
    </div>
  );
}
