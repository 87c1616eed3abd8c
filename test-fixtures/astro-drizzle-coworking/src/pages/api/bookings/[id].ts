import type { APIRoute } from 'astro';
import { and, eq } from 'drizzle-orm';
import { bookings, db } from '../../../db';
import { forbidden, isManager, userOf } from '../../../lib/guards';

export const GET: APIRoute = async ({ params }) => {
  // expect: unscoped-tenant-query
  const booking = await db.query.bookings.findFirst({ where: eq(bookings.id, params.id!) });
  if (!booking) return new Response(null, { status: 404 });
  return Response.json(booking);
};

// expect: missing-input-validation
export const PATCH: APIRoute = async (context) => {
  const user = userOf(context);
  const changes = await context.request.json();
  // ok: unscoped-tenant-query
  const [updated] = await db
    .update(bookings)
    .set({ deskLabel: changes.deskLabel, note: changes.note, startsAt: new Date(changes.startsAt), endsAt: new Date(changes.endsAt) })
    .where(and(eq(bookings.id, context.params.id!), eq(bookings.userId, user.id)))
    .returning();
  if (!updated) return new Response(null, { status: 404 });
  return Response.json(updated);
};

export const DELETE: APIRoute = async (context) => {
  const user = userOf(context);
  // ok: unscoped-tenant-query
  const booking = await db.query.bookings.findFirst({ where: eq(bookings.id, context.params.id!) });
  if (!booking || booking.organizationId !== user.organizationId) return new Response(null, { status: 404 });
  if (booking.userId !== user.id && !isManager(user)) return forbidden();
  // ok: unscoped-tenant-query
  await db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, booking.id));
  return new Response(null, { status: 204 });
};
