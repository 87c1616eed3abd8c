import { z } from 'zod';

const PayrollQuery = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) });

// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  const { month } = await getValidatedQuery(event, PayrollQuery.parse);
  // ok: unscoped-tenant-query
  return prisma.invoice.findMany({ where: { gymId: session.user!.gymId, status: month ? 'paid' : 'open' } });
});
