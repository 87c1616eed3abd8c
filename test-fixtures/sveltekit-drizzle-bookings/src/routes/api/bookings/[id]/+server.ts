import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { bookings } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// The JSON API used by the mobile app. /api is not behind the handle hook's guard.

const BookingPatch = z.object({
  status: z.enum(['confirmed', 'cancelled', 'no_show']).optional(),
  notes: z.string().max(2000).optional(),
});

// ok: missing-auth
export const GET: RequestHandler = async ({ params, locals }) => {
  const user = locals.user;
  if (!user) error(401, 'Unauthorized');
  // ok: unscoped-tenant-query
  const booking = await db.query.bookings.findFirst({ where: and(eq(bookings.id, params.id), eq(bookings.studioId, user.studioId)) });
  if (!booking) error(404, 'Not found');
  return json(booking);
};

// ok: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async ({ params, locals, request }) => {
  if (!locals.user) error(401, 'Unauthorized');
  const patch = BookingPatch.parse(await request.json());
  try {
    // expect: unscoped-tenant-query
    const [updated] = await db.update(bookings).set(patch).where(eq(bookings.id, params.id)).returning();
    return json(updated);
  } catch (err) {
    // expect: error-details-leak
    return json({ error: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
};

// expect: missing-auth
export const DELETE: RequestHandler = async ({ params }) => {
  await db.delete(bookings).where(eq(bookings.id, params.id));
  return new Response(null, { status: 204 });
};
