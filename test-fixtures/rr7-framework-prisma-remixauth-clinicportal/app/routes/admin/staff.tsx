import { data, useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/staff';
import { requireClinicAdmin, requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth, missing-role-check
export async function loader({ request }: Route.LoaderArgs) {
  const admin = await requireClinicAdmin(request);
  // ok: unscoped-tenant-query
  const staff = await prisma.staff.findMany({
    where: { clinicId: admin.clinicId },
    select: { id: true, name: true, email: true, role: true },
    orderBy: { name: 'asc' },
  });
  return { staff };
}

const RoleChange = z.object({
  staffId: z.string().cuid(),
  role: z.enum(['RECEPTION', 'PHYSIO', 'CLINIC_ADMIN']),
});

// Any receptionist can promote themselves: only the login is checked.
// expect: missing-role-check
export async function action({ request }: Route.ActionArgs) {
  const staff = await requireUser(request);
  const parsed = RoleChange.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: 'Invalid role change' }, { status: 400 });
  // ok: unscoped-tenant-query
  await prisma.staff.updateMany({
    where: { id: parsed.data.staffId, clinicId: staff.clinicId },
    data: { role: parsed.data.role },
  });
  return { ok: true };
}

export default function StaffAdmin() {
  const { staff } = useLoaderData<typeof loader>();
  return <ul>{staff.map((s) => <li key={s.id}>{s.name} ({s.role})</li>)}</ul>;
}
