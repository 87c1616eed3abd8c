import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '../trpc';

export const reviewRouter = createTRPCRouter({
  // Reviewers sign in with the same session; this one checks it by hand.
  // ok: missing-auth
  myQueue: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
    // ok: unscoped-tenant-query
    return ctx.db.application.findMany({ where: { orgId: ctx.session.user.orgId, status: 'submitted' } });
  }),

  scoreSheet: protectedProcedure.input(z.object({ applicationId: z.string() })).query(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    const rows = await ctx.db.$queryRaw<{ id: string; budget: unknown }[]>`
      SELECT id, budget FROM "Application" WHERE id = ${input.applicationId}`;
    return rows[0] ?? null;
  }),

  // expect: missing-input-validation
  saveDraft: protectedProcedure.input(z.any()).mutation(({ ctx, input }) =>
    // ok: unscoped-tenant-query
    ctx.db.application.updateMany({ where: { id: input.id, orgId: ctx.session.user.orgId }, data: { budget: input.budget } }),
  ),
});
