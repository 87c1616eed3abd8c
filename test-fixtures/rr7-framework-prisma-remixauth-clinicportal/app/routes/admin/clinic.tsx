import { data, useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/clinic';
import { requireClinicAdmin } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth, missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const admin = await requireClinicAdmin(request);
  const clinic = await prisma.clinic.findUniqueOrThrow({ where: { id: admin.clinicId } });
  return { clinic };
}

const ClinicSettings = z.object({
  name: z.string().min(2).max(120),
  city: z.string().min(2).max(80),
  bookingOpen: z.enum(['on', 'off']).transform((v) => v === 'on'),
});

// ok: missing-auth, missing-role-check, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const admin = await requireClinicAdmin(request);
  const parsed = ClinicSettings.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  await prisma.clinic.update({ where: { id: admin.clinicId }, data: parsed.data });
  return { saved: true };
}

export default function ClinicAdmin() {
  const { clinic } = useLoaderData<typeof loader>();
  return <h1>{clinic.name}</h1>;
}
