import { eq } from 'drizzle-orm';
import { pets } from '../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireAgencyUser(event);
  const id = Number(getRouterParam(event, 'id'));
  // expect: unscoped-tenant-query
  await useDb().delete(pets).where(eq(pets.id, id));
  return { ok: true };
});
