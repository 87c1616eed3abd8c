import { useLoaderData } from 'react-router';
import type { Route } from './+types/appointments';
import { prisma } from '~/lib/db.server';

// The portal layout's loader redirects anonymous visitors, but it runs in parallel with
// this one and a client can fetch this loader's data directly (?_data / .data requests).
// expect: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  const week = new URL(request.url).searchParams.get('week');
  const from = week ? new Date(week) : new Date();
  const to = new Date(from.getTime() + 7 * 24 * 60 * 60 * 1000);
  const appointments = await prisma.appointment.findMany({
    where: { startsAt: { gte: from, lt: to } },
    include: { patient: true, staff: { select: { name: true } } },
    orderBy: { startsAt: 'asc' },
  });
  return { appointments };
}

export default function Appointments() {
  const { appointments } = useLoaderData<typeof loader>();
  return (
    <table>
      <tbody>
        {appointments.map((a) => (
          <tr key={a.id}><td>{a.patient.lastName}</td><td>{a.staff.name}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
