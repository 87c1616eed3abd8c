import { desc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { bookings } from '$lib/server/db/schema';
import type { PageServerLoad } from './$types';

// anonymous visitors get an empty list (the page shows a sign-in prompt)
// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) return { bookings: [] };
  // ok: unscoped-tenant-query
  const rows = await db.select().from(bookings).where(eq(bookings.userId, locals.user.id)).orderBy(desc(bookings.id));
  return { bookings: rows };
};
