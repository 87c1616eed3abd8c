import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const members = await db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.orgId, locals.user!.orgId));
  return { members };
};

const RemoveForm = z.object({ userId: z.string().min(1) });

export const actions: Actions = {
  // expect: missing-role-check
  removeMember: async ({ request, locals }) => {
    const parsed = RemoveForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Pick a member' });
    // ok: unscoped-tenant-query
    await db.delete(users).where(and(eq(users.id, parsed.data.userId), eq(users.orgId, locals.user!.orgId)));
    return { removed: true };
  },
};
