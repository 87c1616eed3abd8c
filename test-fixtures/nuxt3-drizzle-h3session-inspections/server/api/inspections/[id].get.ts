import { eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  // ok: unscoped-tenant-query
  const inspection = await db.query.inspections.findFirst({
    where: eq(tables.inspections.id, getRouterParam(event, 'id')!),
  });
  if (!inspection || inspection.companyId !== user.companyId) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' });
  }
  // ok: unscoped-tenant-query
  const photos = await db.select().from(tables.photos).where(eq(tables.photos.inspectionId, inspection.id));
  return { ...inspection, photos };
});
