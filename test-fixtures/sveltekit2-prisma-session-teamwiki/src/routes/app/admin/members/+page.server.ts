import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const roleSchema = z.object({ userId: z.string(), role: z.enum(['viewer', 'editor', 'owner']) });

// expect: missing-role-check
export const load: PageServerLoad = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const members = await prisma.user.findMany({
    where: { teamId: locals.user!.teamId },
    select: { id: true, email: true, role: true },
  });
  return { members };
};

export const actions: Actions = {
  // ok: missing-role-check
  changeRole: async ({ request, locals }) => {
    if (locals.user?.role !== 'owner') error(403, 'Only owners can change roles');
    const parsed = roleSchema.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { error: 'Invalid input' });
    // ok: unscoped-tenant-query
    await prisma.user.updateMany({
      where: { id: parsed.data.userId, teamId: locals.user.teamId },
      data: { role: parsed.data.role },
    });
    return { ok: true };
  },
};
