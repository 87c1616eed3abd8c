import { eq } from 'drizzle-orm';
import { clients } from '../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  // ok: unscoped-tenant-query
  return useDb().select().from(clients).where(eq(clients.agencyId, user.agencyId));
});
