import { and, eq } from 'drizzle-orm';
import { writeFile } from 'node:fs/promises';

// ok: missing-auth
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const id = getRouterParam(event, 'id')!;
  // ok: unscoped-tenant-query
  const inspection = await db.query.inspections.findFirst({
    where: and(eq(tables.inspections.id, id), eq(tables.inspections.companyId, user.companyId)),
  });
  if (!inspection) throw createError({ statusCode: 404 });
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const file = parts?.find((p) => p.name === 'photo');
  if (!file?.filename) throw createError({ statusCode: 400, statusMessage: 'photo is required' });
  const path = `.data/photos/${crypto.randomUUID()}`;
  await writeFile(path, file.data);
  const [photo] = await db
    .insert(tables.photos)
    .values({ id: crypto.randomUUID(), companyId: user.companyId, inspectionId: inspection.id, path })
    .returning();
  return photo;
});
