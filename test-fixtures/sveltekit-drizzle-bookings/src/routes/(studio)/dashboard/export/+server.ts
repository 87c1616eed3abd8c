import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { bookings } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-rate-limit
export const GET: RequestHandler = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(bookings).where(eq(bookings.studioId, locals.user!.studioId));
  const csv = ['id,customer,email,starts,ends,status', ...rows.map((b) => [b.id, b.customerName, b.customerEmail, b.startsAt.toISOString(), b.endsAt.toISOString(), b.status].join(','))].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="bookings.csv"' },
  });
};
