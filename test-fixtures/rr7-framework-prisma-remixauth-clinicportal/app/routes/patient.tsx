import { data, useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/patient';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  // Any signed-in physio can open any clinic's patient by changing the id in the URL.
  // expect: unscoped-tenant-query
  const patient = await prisma.patient.findUnique({
    where: { id: params.patientId },
    include: {
      appointments: { orderBy: { startsAt: 'desc' }, take: 10 },
      notes: { orderBy: { createdAt: 'desc' }, take: 5 },
    },
  });
  if (!patient) throw new Response('Not found', { status: 404 });
  return { patient };
}

const ContactUpdate = z.object({
  email: z.string().email().optional(),
  phone: z.string().max(30).optional(),
});

// ok: missing-auth, missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const staff = await requireUser(request);
  // ok: unscoped-tenant-query
  const patient = await prisma.patient.findUnique({ where: { id: params.patientId } });
  if (!patient || patient.clinicId !== staff.clinicId) {
    throw new Response('Not found', { status: 404 });
  }
  const parsed = ContactUpdate.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  // ok: unscoped-tenant-query
  await prisma.patient.update({ where: { id: patient.id }, data: parsed.data });
  return { saved: true };
}

export default function PatientPage() {
  const { patient } = useLoaderData<typeof loader>();
  return <h1>{patient.firstName} {patient.lastName}</h1>;
}
