import { eq } from 'drizzle-orm';

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const admin = requireAdmin(event);
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(tables.tickets).where(eq(tables.tickets.workspaceId, admin.workspaceId));
    setResponseHeader(event, 'Content-Type', 'text/csv');
    return ['id,subject,status', ...rows.map((t) => `${t.id},"${t.subject}",${t.status}`)].join('\n');
  } catch (err: any) {
    // expect: error-details-leak
    throw createError({ statusCode: 500, message: `Export failed: ${err.message}` });
  }
});
