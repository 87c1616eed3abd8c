import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

const NewInspection = z.object({
  propertyId: z.string().uuid(),
  inspectorId: z.string().uuid().optional(),
  scheduledFor: z.coerce.date(),
});

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireManager(event);
  const input = await readValidatedBody(event, NewInspection.parse);
  // ok: unscoped-tenant-query
  const property = await db.query.properties.findFirst({
    where: and(eq(tables.properties.id, input.propertyId), eq(tables.properties.companyId, user.companyId)),
  });
  if (!property) throw createError({ statusCode: 404, statusMessage: 'Unknown property' });
  const [row] = await db
    .insert(tables.inspections)
    .values({ id: crypto.randomUUID(), companyId: user.companyId, ...input })
    .returning();
  return row;
});
