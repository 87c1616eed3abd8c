import { eq } from 'drizzle-orm';
import { invoices } from '../../database/schema';

// expect: missing-rate-limit
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  // ok: unscoped-tenant-query
  const rows = await useDb().select().from(invoices).where(eq(invoices.agencyId, user.agencyId));
  if (getQuery(event).format === 'csv') {
    setResponseHeader(event, 'Content-Type', 'text/csv');
    setResponseHeader(event, 'Content-Disposition', 'attachment; filename="invoices.csv"');
    return ['id,amount,status', ...rows.map((r) => `${r.id},${r.amountCents / 100},${r.status}`)].join('\n');
  }
  return rows;
});
