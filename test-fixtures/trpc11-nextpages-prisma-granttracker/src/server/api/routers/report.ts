import { createTRPCRouter, protectedProcedure } from '../trpc';

export const reportRouter = createTRPCRouter({
  // expect: missing-rate-limit
  exportApplications: protectedProcedure.query(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const rows = await ctx.db.application.findMany({ where: { orgId: ctx.session.user.orgId }, include: { grant: true } });
    return rows.map((r) => [r.grant.title, r.status, r.submittedAt?.toISOString() ?? ''].join(',')).join('\n');
  }),
});
