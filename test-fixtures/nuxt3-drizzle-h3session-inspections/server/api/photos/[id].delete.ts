import { eq } from 'drizzle-orm';

// ok: missing-auth
export default defineAuthedHandler(async (event) => {
  // expect: unscoped-tenant-query
  await db.delete(tables.photos).where(eq(tables.photos.id, getRouterParam(event, 'id')!));
  return sendNoContent(event);
});
