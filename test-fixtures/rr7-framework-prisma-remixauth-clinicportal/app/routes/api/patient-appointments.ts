import type { Route } from './+types/patient-appointments';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// JSON feed for the calendar widget on the patient page.
// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  const staff = await requireUser(request);
  // ok: unscoped-tenant-query
  const appointments = await prisma.appointment.findMany({
    where: { patientId: params.patientId, clinicId: staff.clinicId },
    select: { id: true, startsAt: true, minutes: true, status: true },
    orderBy: { startsAt: 'asc' },
  });
  return Response.json({ appointments });
}

// ok: missing-auth
export async function action({ request, params }: Route.ActionArgs) {
  const staff = await requireUser(request);
  const body = (await request.json()) as { appointmentId?: string };
  // Cancelling by id alone: the appointment may belong to another clinic.
  // expect: unscoped-tenant-query
  await prisma.appointment.update({
    where: { id: String(body.appointmentId) },
    data: { status: 'cancelled' },
  });
  return Response.json({ ok: true, by: staff.id, patientId: params.patientId });
}
