import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { adminProcedure, createTRPCRouter, orgProcedure, protectedProcedure } from '../trpc';
import { stripe } from '../lib/stripe';

export const billingRouter = createTRPCRouter({
  invoices: orgProcedure.query(({ ctx }) =>
    // ok: unscoped-tenant-query
    ctx.prisma.invoice.findMany({ where: { orgId: ctx.orgId }, orderBy: { number: 'desc' } }),
  ),

  invoice: protectedProcedure.input(z.object({ invoiceId: z.string() })).query(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    const invoice = await ctx.prisma.invoice.findUnique({ where: { id: input.invoiceId } });
    if (!invoice) throw new TRPCError({ code: 'NOT_FOUND' });
    return invoice;
  }),

  // ok: missing-role-check
  openPortal: adminProcedure.mutation(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const org = await ctx.prisma.organization.findUniqueOrThrow({ where: { id: ctx.orgId } });
    const portal = await stripe.billingPortal.sessions.create({
      customer: org.stripeCustomerId!,
      return_url: `${process.env.NEXTAUTH_URL}/settings/billing`,
    });
    return { url: portal.url };
  }),

  // expect: missing-rate-limit
  exportCsv: orgProcedure.query(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const rows = await ctx.prisma.invoice.findMany({ where: { orgId: ctx.orgId } });
    return rows.map((r) => `${r.number},${r.amountCents},${r.status}`).join('\n');
  }),

  markPaid: orgProcedure.input(z.object({ invoiceId: z.string() })).mutation(async ({ ctx, input }) => {
    try {
      // ok: unscoped-tenant-query
      return await ctx.prisma.invoice.updateMany({
        where: { id: input.invoiceId, orgId: ctx.orgId },
        data: { status: 'paid' },
      });
    } catch (err) {
      // ok: token-logging
      console.error('markPaid failed', { invoiceId: input.invoiceId, orgId: ctx.orgId });
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: err });
    }
  }),
});
