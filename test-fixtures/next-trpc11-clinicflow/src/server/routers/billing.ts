import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { orgProcedure, router } from '../trpc';
import { chargeInvoice } from '../payments';

export const billingRouter = router({
  charge: orgProcedure.input(z.object({ invoiceId: z.string() })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const invoice = await ctx.db.invoice.findFirst({ where: { id: input.invoiceId, orgId: ctx.orgId } });
    if (!invoice) {
      // ok: error-details-leak
      throw new TRPCError({ code: 'BAD_REQUEST', message: `Invoice ${input.invoiceId} not found` });
    }
    try {
      return await chargeInvoice(invoice.id, invoice.totalCents);
    } catch (err) {
      // expect: error-details-leak
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: (err as Error).message });
    }
  }),
});
