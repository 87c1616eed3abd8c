import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// owners only: hooks.server.ts rejects everyone else under /admin
export const load: PageServerLoad = async ({ locals }) => {
  const users = await prisma.user.findMany({
    where: { agencyId: locals.user!.agencyId },
    select: { id: true, name: true, email: true, role: true },
  });
  return { users };
};

const RoleForm = z.object({ userId: z.string(), role: z.enum(['owner', 'manager', 'staff']) });

export const actions: Actions = {
  // ok: missing-role-check
  setRole: async ({ request, locals }) => {
    const parsed = RoleForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid role' });
    // ok: unscoped-tenant-query
    await prisma.user.updateMany({
      where: { id: parsed.data.userId, agencyId: locals.user!.agencyId },
      data: { role: parsed.data.role },
    });
    return { saved: true };
  },
};
