import { createRouter, defineEventHandler, useBase } from 'h3';
import { eq } from 'drizzle-orm';
import { clients } from '../../database/schema';

const router = createRouter();

// ok: missing-auth
router.get('/clients', defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  // ok: unscoped-tenant-query
  return useDb().select().from(clients).where(eq(clients.agencyId, user.agencyId));
}));

// expect: missing-auth
router.get('/clients/:id', defineEventHandler(async (event) => {
  const id = Number(getRouterParam(event, 'id'));
  return useDb().select().from(clients).where(eq(clients.id, id)).get();
}));

export default useBase('/api/v2', router.handler);
