import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

const Body = z.object({ role: z.enum(['inspector', 'manager', 'admin']) });

// ok: missing-auth, missing-role-check, missing-input-validation
export default defineEventHandler(async (event) => {
  const admin = await requireUser(event);
  const { role } = await readValidatedBody(event, Body.parse);
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(tables.users)
    .set({ role })
    .where(and(eq(tables.users.id, getRouterParam(event, 'id')!), eq(tables.users.companyId, admin.companyId)))
    .returning({ id: tables.users.id, role: tables.users.role });
  if (!row) throw createError({ statusCode: 404 });
  return row;
});
