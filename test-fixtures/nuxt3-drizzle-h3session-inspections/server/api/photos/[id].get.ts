import { and, eq } from 'drizzle-orm';

// ok: missing-auth
export default defineAuthedHandler(async (event, user) => {
  // ok: unscoped-tenant-query
  const [photo] = await db
    .select()
    .from(tables.photos)
    .where(and(eq(tables.photos.id, getRouterParam(event, 'id')!), eq(tables.photos.companyId, user.companyId)));
  if (!photo) throw createError({ statusCode: 404 });
  return photo;
});
