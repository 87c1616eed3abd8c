import { useLoaderData } from 'react-router';
import type { Route } from './+types/dashboard';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const staff = await requireUser(request);
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
  // ok: unscoped-tenant-query
  const today = await prisma.appointment.findMany({
    where: { clinicId: staff.clinicId, startsAt: { gte: start, lt: end } },
    include: { patient: { select: { firstName: true, lastName: true } } },
    orderBy: { startsAt: 'asc' },
  });
  return { today };
}

export default function Dashboard() {
  const { today } = useLoaderData<typeof loader>();
  return (
    <ul>
      {today.map((a) => (
        <li key={a.id}>{a.patient.firstName} {a.patient.lastName}</li>
      ))}
    </ul>
  );
}
