import { eq } from 'drizzle-orm';

export default defineAgentHandler(async (event) => {
  const id = getRouterParam(event, 'id')!;
  // expect: unscoped-tenant-query
  await db.update(tables.tickets).set({ status: 'open' }).where(eq(tables.tickets.id, id));
  return { ok: true };
});
