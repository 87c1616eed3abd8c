import { eq } from 'drizzle-orm';

export default defineEventHandler(async (event) => {
  const admin = requireAdmin(event);
  // ok: unscoped-tenant-query
  return db.select({ id: tables.agents.id, email: tables.agents.email, role: tables.agents.role })
    .from(tables.agents)
    .where(eq(tables.agents.workspaceId, admin.workspaceId));
});
