import { and, eq } from 'drizzle-orm';

// expect: missing-role-check
export default defineEventHandler(async (event) => {
  const agent = requireAgent(event);
  const id = getRouterParam(event, 'id')!;
  // ok: unscoped-tenant-query
  await db.delete(tables.agents).where(and(eq(tables.agents.id, id), eq(tables.agents.workspaceId, agent.workspaceId)));
  return sendNoContent(event);
});
