import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

const Summary = z.object({ summary: z.string().min(1).max(5000) });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  const result = await readValidatedBody(event, (body) => Summary.safeParse(body));
  if (!result.success) throw createError({ statusCode: 422, statusMessage: 'Invalid summary' });
  // ok: unscoped-tenant-query
  await db
    .update(tables.inspections)
    .set({ summary: result.data.summary })
    .where(and(eq(tables.inspections.id, event.context.params!.id), eq(tables.inspections.companyId, user.companyId)));
  return { ok: true };
});
