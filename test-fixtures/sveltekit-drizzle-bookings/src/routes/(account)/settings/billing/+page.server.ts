import { redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { studios } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

// awaiting parent() runs the (account) layout's load first and reads the user it returned
// ok: missing-auth
export const load: PageServerLoad = async ({ parent }) => {
  const { user } = await parent();
  if (!user) redirect(302, '/login');
  // ok: unscoped-tenant-query
  const [studio] = await db.select({ plan: studios.plan }).from(studios).where(eq(studios.id, user.studioId));
  return { plan: studio?.plan ?? 'free', isOwner: user.role === 'owner' };
};
