import { eq } from 'drizzle-orm';

export default defineEventHandler(async (event) => {
  requireAgent(event);
  const id = getRouterParam(event, 'id')!;
  // expect: unscoped-tenant-query
  const ticket = await db.query.tickets.findFirst({ where: eq(tables.tickets.id, id), with: { messages: true } });
  if (!ticket) throw createError({ statusCode: 404 });
  return ticket;
});
