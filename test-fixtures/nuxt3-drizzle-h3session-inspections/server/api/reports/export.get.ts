import { eq } from 'drizzle-orm';

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const user = await requireManager(event);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(tables.inspections).where(eq(tables.inspections.companyId, user.companyId));
  setResponseHeader(event, 'Content-Type', 'text/csv');
  setResponseHeader(event, 'Content-Disposition', 'attachment; filename="inspections.csv"');
  return ['id,property,status,scheduled_for', ...rows.map((r) => `${r.id},${r.propertyId},${r.status},${r.scheduledFor.toISOString()}`)].join('\n');
});
