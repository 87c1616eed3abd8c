import { eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireManager(event);
  const id = getRouterParam(event, 'id')!;
  // expect: unscoped-tenant-query
  await db.delete(tables.properties).where(eq(tables.properties.id, id));
  return sendNoContent(event);
});
