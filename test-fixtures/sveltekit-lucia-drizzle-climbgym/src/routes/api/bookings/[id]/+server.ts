import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { bookings } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// expect: missing-input-validation
// ok: missing-auth
export const PATCH: RequestHandler = async ({ params, request, locals }) => {
  if (!locals.user) error(401);
  const body = await request.json();
  // ok: unscoped-tenant-query
  await db
    .update(bookings)
    .set({ note: body.note, status: body.status })
    .where(and(eq(bookings.id, params.id), eq(bookings.userId, locals.user.id)));
  return json({ ok: true });
};

// ok: missing-auth
export const DELETE: RequestHandler = async ({ params, locals }) => {
  const user = locals.user;
  if (!user) error(401);
  // ok: unscoped-tenant-query
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, params.id));
  if (!booking || booking.userId !== user.id) error(404);
  // ok: unscoped-tenant-query
  await db.delete(bookings).where(eq(bookings.id, booking.id));
  return new Response(null, { status: 204 });
};
