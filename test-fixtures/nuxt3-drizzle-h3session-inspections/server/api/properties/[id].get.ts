import { and, eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const id = getRouterParam(event, 'id')!;
  // ok: unscoped-tenant-query
  const [property] = await db
    .select()
    .from(tables.properties)
    .where(and(eq(tables.properties.id, id), eq(tables.properties.companyId, user.companyId)));
  if (!property) throw createError({ statusCode: 404 });
  return property;
});
