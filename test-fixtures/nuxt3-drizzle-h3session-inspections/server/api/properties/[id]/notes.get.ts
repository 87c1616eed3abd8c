import { eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  if (!event.context.user) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  const id = getRouterParam(event, 'id')!;
  // expect: unscoped-tenant-query
  return db.select({ id: tables.inspections.id, summary: tables.inspections.summary }).from(tables.inspections).where(eq(tables.inspections.propertyId, id));
});
