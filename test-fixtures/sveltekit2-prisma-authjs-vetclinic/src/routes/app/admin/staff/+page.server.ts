import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth, missing-role-check
export const load: PageServerLoad = async (event) => {
  const admin = await requireStaff(event);
  // ok: unscoped-tenant-query
  const staff = await prisma.user.findMany({ where: { clinicId: admin.clinicId }, select: { id: true, email: true, role: true } });
  return { staff };
};

const RoleChange = z.object({ userId: z.string().cuid(), role: z.enum(['RECEPTION', 'VET', 'ADMIN']) });

export const actions: Actions = {
  // ok: missing-role-check, missing-input-validation
  setRole: async (event) => {
    const admin = await requireStaff(event);
    const parsed = RoleChange.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid input' });
    // ok: unscoped-tenant-query
    await prisma.user.updateMany({
      where: { id: parsed.data.userId, clinicId: admin.clinicId },
      data: { role: parsed.data.role },
    });
    return { ok: true };
  },

  // ok: missing-role-check
  removeStaff: async (event) => {
    const admin = await requireStaff(event);
    const userId = String((await event.request.formData()).get('userId'));
    // ok: unscoped-tenant-query
    await prisma.user.updateMany({ where: { id: userId, clinicId: admin.clinicId }, data: { clinicId: null } });
    return { ok: true };
  },
};
