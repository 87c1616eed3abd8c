import { asc, eq } from 'drizzle-orm';

// expect: missing-auth
export default defineEventHandler(async (event) => {
  const ticketId = getRouterParam(event, 'id')!;
  return db.select().from(tables.messages).where(eq(tables.messages.ticketId, ticketId)).orderBy(asc(tables.messages.id));
});
