import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { studios } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

// the handle hook lets only superadmins into /admin
// ok: missing-auth, missing-role-check
export const load: PageServerLoad = async () => {
  const all = await db.select().from(studios).orderBy(studios.name);
  return { studios: all };
};

export const actions: Actions = {
  // ok: missing-auth, missing-role-check
  suspend: async ({ request }) => {
    const form = await request.formData();
    await db.update(studios).set({ suspended: true }).where(eq(studios.id, String(form.get('studioId'))));
    return { suspended: true };
  },

  // support staff view a studio as its owner; the banner script reads who is being impersonated
  // ok: missing-auth, missing-role-check
  impersonate: async ({ request, cookies }) => {
    const form = await request.formData();
    // expect: insecure-cookie
    cookies.set('impersonate_session', String(form.get('sessionToken')), { path: '/', httpOnly: false, maxAge: 60 * 30 });
    return { impersonating: true };
  },
};
