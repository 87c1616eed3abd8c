import { z } from 'zod';
import { apiKeyProcedure, createTRPCRouter, protectedProcedure } from '../trpc';

export const reportRouter = createTRPCRouter({
  // expect: missing-rate-limit
  exportApplications: protectedProcedure.query(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const rows = await ctx.db.application.findMany({ where: { orgId: ctx.session.user.orgId }, include: { grant: true } });
    return rows.map((r) => [r.grant.title, r.status, r.submittedAt?.toISOString() ?? ''].join(',')).join('\n');
  }),

  // ok: missing-auth
  partnerGrants: apiKeyProcedure.query(({ ctx }) =>
    // ok: unscoped-tenant-query
    ctx.db.grant.findMany({ where: { orgId: ctx.orgId }, select: { id: true, title: true, amount: true, deadline: true } }),
  ),

  partnerGrant: apiKeyProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    // expect: unscoped-tenant-query
    ctx.db.grant.findUnique({ where: { id: input.id } }),
  ),
});
