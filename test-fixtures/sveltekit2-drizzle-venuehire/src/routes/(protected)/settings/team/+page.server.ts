import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const user = requireUser(locals);
  // ok: unscoped-tenant-query
  const members = await db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.teamId, user.teamId));
  return { members };
};

const RoleForm = z.object({ userId: z.string().uuid(), role: z.enum(['owner', 'coordinator', 'viewer']) });

export const actions: Actions = {
  // any teammate can promote anyone on the team
  // ok: missing-input-validation
  // expect: missing-role-check
  changeRole: async ({ locals, request }) => {
    const user = requireUser(locals);
    const parsed = RoleForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400);
    // ok: unscoped-tenant-query
    await db.update(users).set({ role: parsed.data.role }).where(and(eq(users.id, parsed.data.userId), eq(users.teamId, user.teamId)));
  },
};
