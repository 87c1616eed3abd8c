import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

const Update = z.object({
  status: z.enum(['scheduled', 'in_progress', 'completed', 'cancelled']).optional(),
  summary: z.string().max(5000).optional(),
});

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const id = getRouterParam(event, 'id')!;
  const patch = await readValidatedBody(event, Update.parse);
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(tables.inspections)
    .set(patch)
    .where(and(eq(tables.inspections.id, id), eq(tables.inspections.companyId, user.companyId)))
    .returning();
  if (!row) throw createError({ statusCode: 404 });
  return row;
});
