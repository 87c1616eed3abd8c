import { and, eq } from 'drizzle-orm';
import { bookings } from '../../database/schema';

// expect: missing-input-validation
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  const id = Number(getRouterParam(event, 'id'));
  const body = await readBody(event);
  const [row] = await useDb()
    .update(bookings)
    .set({ status: body.status, notes: body.notes, sitterId: body.sitterId })
    // ok: unscoped-tenant-query
    .where(and(eq(bookings.id, id), eq(bookings.agencyId, user.agencyId)))
    .returning();
  if (!row) throw createError({ statusCode: 404 });
  return row;
});
