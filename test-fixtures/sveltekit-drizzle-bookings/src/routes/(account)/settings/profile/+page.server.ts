import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireLogin } from '$lib/server/auth';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

const EmailChange = z.object({ email: z.string().email().max(254) });

// ok: missing-auth
export const load: PageServerLoad = async (event) => {
  const user = requireLogin(event);
  const [profile] = await db.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, user.id));
  return { profile };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  changeEmail: async (event) => {
    const user = requireLogin(event);
    const parsed = EmailChange.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Enter a valid email' });
    await db.update(users).set({ email: parsed.data.email }).where(eq(users.id, user.id));
    return { saved: true };
  },

  // the (account) layout's redirect does not run for form actions: anyone can post here
  // expect: missing-auth
  leaveStudio: async ({ request }) => {
    const form = await request.formData();
    await db.delete(users).where(eq(users.id, String(form.get('userId'))));
    return { left: true };
  },
};
