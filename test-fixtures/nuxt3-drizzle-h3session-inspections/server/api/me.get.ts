import { eq } from 'drizzle-orm';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  try {
    // ok: unscoped-tenant-query
    const company = await db.query.companies.findFirst({ where: eq(tables.companies.id, user.companyId) });
    return { user, company };
  } catch (err: any) {
    // expect: error-details-leak
    throw createError({ statusCode: 500, message: err.message, data: { stack: err.stack } });
  }
});
