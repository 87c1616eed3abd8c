import { and, eq } from 'drizzle-orm';

// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const agent = requireAgent(event);
  const id = getRouterParam(event, 'id')!;
  const body = await readBody<{ status?: string; assigneeId?: string }>(event);
  // ok: unscoped-tenant-query
  await db.update(tables.tickets)
    .set({ status: body.status, assigneeId: body.assigneeId })
    .where(and(eq(tables.tickets.id, id), eq(tables.tickets.workspaceId, agent.workspaceId)));
  return { ok: true };
});
