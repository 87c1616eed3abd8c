import { and, eq } from 'drizzle-orm';

export default defineAgentHandler(async (event, agent) => {
  const id = getRouterParam(event, 'id')!;
  // ok: unscoped-tenant-query
  await db.update(tables.tickets).set({ status: 'closed' }).where(and(eq(tables.tickets.id, id), eq(tables.tickets.workspaceId, agent.workspaceId)));
  return { ok: true };
});
