import { and, eq } from 'drizzle-orm';

// expect: missing-input-validation
export default defineEventHandler({
  onRequest: [async (event) => { event.context.user = await requireUser(event); }],
  handler: async (event) => {
    const user = event.context.user as AppUser;
    const body = await readBody(event);
    // ok: unscoped-tenant-query
    const [row] = await db
      .update(tables.properties)
      .set(body)
      .where(and(eq(tables.properties.id, getRouterParam(event, 'id')!), eq(tables.properties.companyId, user.companyId)))
      .returning();
    return row;
  },
});
