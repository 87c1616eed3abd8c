import { and, desc, eq } from 'drizzle-orm';

export default defineEventHandler(async (event) => {
  const agent = requireAgent(event);
  const { status } = getQuery(event);
  // ok: unscoped-tenant-query
  return db.select().from(tables.tickets)
    .where(and(eq(tables.tickets.workspaceId, agent.workspaceId), eq(tables.tickets.status, String(status ?? 'open'))))
    .orderBy(desc(tables.tickets.createdAt));
});
