import { TRPCError } from '@trpc/server';
import { and, eq, sum } from 'drizzle-orm';
import { z } from 'zod';
import { grants } from '../db/schema.js';
import { protectedProcedure, router } from '../trpc.js';

export const reportRouter = router({
  // ok: missing-auth
  totals: protectedProcedure.query(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const [row] = await ctx.db.select({ total: sum(grants.amountCents) }).from(grants).where(eq(grants.orgId, ctx.user.orgId));
    return { total: Number(row?.total ?? 0) };
  }),

  grantSummary: protectedProcedure.input(z.object({ grantId: z.string().uuid() })).query(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    const grant = await ctx.db.query.grants.findFirst({ where: eq(grants.id, input.grantId) });
    if (!grant) throw new TRPCError({ code: 'NOT_FOUND' });
    return { title: grant.title, amount: grant.amountCents };
  }),

  grantSummaryScoped: protectedProcedure.input(z.object({ grantId: z.string().uuid() })).query(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const grant = await ctx.db.query.grants.findFirst({ where: and(eq(grants.id, input.grantId), eq(grants.orgId, ctx.user.orgId)) });
    if (!grant) throw new TRPCError({ code: 'NOT_FOUND' });
    return { title: grant.title };
  }),
});
