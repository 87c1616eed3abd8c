import { and, eq } from 'drizzle-orm';
import { bookings, clients } from '../../database/schema';

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  const body = await readValidatedBody(event, bookingCreateSchema.parse);
  const db = useDb();
  // ok: unscoped-tenant-query
  const client = await db.select().from(clients).where(and(eq(clients.id, body.clientId), eq(clients.agencyId, user.agencyId))).get();
  if (!client) throw createError({ statusCode: 400, statusMessage: 'Unknown client' });
  const [row] = await db.insert(bookings).values({ ...body, agencyId: user.agencyId }).returning();
  return row;
});
