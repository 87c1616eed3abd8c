import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { bookings } from '../../database/schema';

const visitUpdate = z.object({ notes: z.string().max(4000) });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  await requireAgencyUser(event);
  const id = Number(getRouterParam(event, 'id'));
  const result = await readValidatedBody(event, (body) => visitUpdate.safeParse(body));
  if (!result.success) throw createError({ statusCode: 422, data: result.error.flatten() });
  // expect: unscoped-tenant-query
  const visit = await useDb().query.bookings.findFirst({ where: eq(bookings.id, id) });
  if (!visit) throw createError({ statusCode: 404 });
  await useDb().update(bookings).set({ notes: result.data.notes }).where(eq(bookings.id, visit.id));
  return { ok: true };
});
