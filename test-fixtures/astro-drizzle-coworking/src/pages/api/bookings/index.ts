import type { APIRoute } from 'astro';
import { and, desc, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import { bookings, db, locations } from '../../../db';
import { userOf } from '../../../lib/guards';

const NewBooking = z.object({
  locationId: z.string().uuid(),
  deskLabel: z.string().min(1).max(20),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  note: z.string().max(500).optional(),
});

export const GET: APIRoute = async (context) => {
  const user = userOf(context);
  const from = new Date(context.url.searchParams.get('from') ?? Date.now());
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.organizationId, user.organizationId), gte(bookings.startsAt, from)))
    .orderBy(desc(bookings.startsAt));
  return Response.json(rows);
};

// ok: missing-input-validation
export const POST: APIRoute = async (context) => {
  const user = userOf(context);
  const parsed = NewBooking.safeParse(await context.request.json());
  if (!parsed.success) return Response.json({ error: parsed.error.flatten() }, { status: 400 });
  // ok: unscoped-tenant-query
  const location = await db.query.locations.findFirst({
    where: and(eq(locations.id, parsed.data.locationId), eq(locations.organizationId, user.organizationId)),
  });
  if (!location) return Response.json({ error: 'Unknown location' }, { status: 404 });
  try {
    const [booking] = await db.insert(bookings).values({ ...parsed.data, organizationId: user.organizationId, userId: user.id }).returning();
    return Response.json(booking, { status: 201 });
  } catch (err) {
    // ok: error-details-leak
    return Response.json({ error: 'Could not book this desk', detail: import.meta.env.DEV ? String(err) : undefined }, { status: 500 });
  }
};
