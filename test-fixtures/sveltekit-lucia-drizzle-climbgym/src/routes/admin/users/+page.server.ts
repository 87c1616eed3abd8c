import { fail } from '@sveltejs/kit';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

// /admin is gated in hooks.server.ts: signed in and role === 'owner'

// ok: missing-auth, missing-role-check, unscoped-tenant-query
export const load: PageServerLoad = async ({ locals }) => {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.gymId, locals.user!.gymId))
    .orderBy(asc(users.name));
  return { users: rows };
};

const setRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(['owner', 'staff', 'climber']) });

export const actions: Actions = {
  // ok: missing-auth, missing-role-check, missing-input-validation
  setRole: async ({ request }) => {
    const parsed = setRoleSchema.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid role' });
    // expect: unscoped-tenant-query
    await db.update(users).set({ role: parsed.data.role }).where(eq(users.id, parsed.data.userId));
    return { saved: true };
  },
};
