import { z } from 'zod';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const applicationRouter = createTRPCRouter({
  forGrant: protectedProcedure.input(z.object({ grantId: z.string() })).query(({ ctx, input }) =>
    // ok: unscoped-tenant-query
    ctx.db.application.findMany({ where: { grantId: input.grantId, orgId: ctx.session.user.orgId } }),
  ),

  budget: protectedProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    const app = await ctx.db.application.findUnique({ where: { id: input.id }, select: { budget: true, status: true } });
    return app?.budget ?? null;
  }),

  submit: protectedProcedure.input(z.object({ applicationId: z.string() })).mutation(({ ctx, input }) =>
    // expect: unscoped-tenant-query
    ctx.db.application.update({ where: { id: input.applicationId }, data: { status: 'submitted', submittedAt: new Date() } }),
  ),

  start: protectedProcedure.input(z.object({ grantId: z.string() })).mutation(async ({ ctx, input }) => {
    const orgId = ctx.session.user.orgId;
    // ok: unscoped-tenant-query
    const grant = await ctx.db.grant.findFirstOrThrow({ where: { id: input.grantId, orgId } });
    return ctx.db.application.create({ data: { grantId: grant.id, orgId } });
  }),
});
