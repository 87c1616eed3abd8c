import { eq } from 'drizzle-orm';
import { clients } from '../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  // ok: unscoped-tenant-query
  const client = await useDb().select().from(clients).where(eq(clients.id, Number(getRouterParam(event, 'id')))).get();
  if (!client || client.agencyId !== user.agencyId) {
    throw createError({ statusCode: 404, statusMessage: 'Client not found' });
  }
  return client;
});
