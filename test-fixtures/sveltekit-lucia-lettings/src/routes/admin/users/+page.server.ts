import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// /admin is gated by the role check in hooks.server.ts
// ok: missing-role-check
export const load: PageServerLoad = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.orgId, locals.user!.orgId));
  return { users: rows };
};

const RoleForm = z.object({ userId: z.string().min(1), role: z.enum(['admin', 'manager', 'agent']) });

export const actions: Actions = {
  // ok: missing-role-check, missing-input-validation
  changeRole: async ({ request, locals }) => {
    const parsed = RoleForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid role' });
    // ok: unscoped-tenant-query
    await db.update(users).set({ role: parsed.data.role }).where(and(eq(users.id, parsed.data.userId), eq(users.orgId, locals.user!.orgId)));
    return { ok: true };
  },
};
