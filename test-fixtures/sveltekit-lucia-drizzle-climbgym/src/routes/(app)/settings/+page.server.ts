import { error, fail, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { lucia } from '$lib/server/auth';
import { requireStaff, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  const user = requireUser(locals);
  return { email: user.email, name: user.name };
};

export const actions: Actions = {
  // staff can open the app as one of their gym's members to help with bookings
  // ok: missing-auth, missing-role-check
  viewAs: async ({ request, locals, cookies }) => {
    const staff = requireStaff(locals);
    const memberId = String((await request.formData()).get('memberId'));
    // ok: unscoped-tenant-query
    const [member] = await db.select().from(users).where(and(eq(users.id, memberId), eq(users.gymId, staff.gymId)));
    if (!member) error(404);
    const session = await lucia.createSession(member.id, {});
    // expect: insecure-cookie
    cookies.set('impersonation_session', session.id, { path: '/', httpOnly: false, maxAge: 60 * 30 });
    redirect(302, '/classes');
  },

  // ok: missing-auth, missing-input-validation
  rename: async ({ request, locals }) => {
    const user = requireUser(locals);
    const parsed = z.string().trim().min(1).max(80).safeParse((await request.formData()).get('name'));
    if (!parsed.success) return fail(400, { message: 'Name must be 1-80 characters' });
    await db.update(users).set({ name: parsed.data }).where(eq(users.id, user.id));
    return { saved: true };
  },
};
