import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { studios } from '$lib/server/db/schema';
import type { LayoutServerLoad } from './$types';

// the handle hook has already sent anonymous visitors to /login
// ok: missing-auth
export const load: LayoutServerLoad = async ({ locals }) => {
  const user = locals.user!;
  const [studio] = await db.select({ name: studios.name, plan: studios.plan }).from(studios).where(eq(studios.id, user.studioId));
  return { user: { email: user.email, role: user.role }, studio };
};
