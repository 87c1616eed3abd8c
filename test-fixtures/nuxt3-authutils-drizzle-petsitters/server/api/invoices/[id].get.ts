import { and, eq } from 'drizzle-orm';
import { invoices } from '../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  try {
    const invoice = await useDb()
      .select()
      .from(invoices)
      // ok: unscoped-tenant-query
      .where(and(eq(invoices.id, Number(getRouterParam(event, 'id'))), eq(invoices.agencyId, user.agencyId)))
      .get();
    if (!invoice) throw createError({ statusCode: 404 });
    return invoice;
  } catch (err: any) {
    if (err.statusCode === 404) throw err;
    // expect: error-details-leak
    throw createError({ statusCode: 500, message: err.message, data: { stack: err.stack } });
  }
});
