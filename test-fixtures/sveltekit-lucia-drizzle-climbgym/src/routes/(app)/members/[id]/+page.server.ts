import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { memberships, users } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

// relies on (app)/+layout.server.ts for the session check
// expect: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  const [member] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, params.id));
  if (!member) error(404);
  const plans = await db.select().from(memberships).where(eq(memberships.userId, member.id));
  return { member, plans };
};
