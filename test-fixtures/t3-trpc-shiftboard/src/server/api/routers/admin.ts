import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { adminProcedure, createTRPCRouter, protectedProcedure } from '../trpc';

export const adminRouter = createTRPCRouter({
  // ok: missing-auth, missing-role-check, unscoped-tenant-query
  allTeams: adminProcedure.query(({ ctx }) => ctx.db.team.findMany({ orderBy: { name: 'asc' } })),

  // ok: missing-role-check
  setPlan: adminProcedure
    .input(z.object({ teamId: z.string(), plan: z.enum(['free', 'pro', 'enterprise']) }))
    .mutation(({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.db.team.update({ where: { id: input.teamId }, data: { plan: input.plan } });
    }),

  // expect: missing-role-check
  deleteUser: protectedProcedure.input(z.object({ userId: z.string() })).mutation(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    await ctx.db.membership.deleteMany({ where: { userId: input.userId } });
    // expect: unscoped-tenant-query
    await ctx.db.user.delete({ where: { id: input.userId } });
    return { ok: true };
  }),

  // expect: missing-role-check
  promoteToAdmin: protectedProcedure.input(z.object({ userId: z.string() })).mutation(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.db.user.update({ where: { id: input.userId }, data: { role: 'ADMIN' } });
  }),

  // ok: missing-role-check
  reindex: protectedProcedure.mutation(async ({ ctx }) => {
    if (ctx.session.user.role !== 'ADMIN') throw new TRPCError({ code: 'FORBIDDEN' });
    try {
      await ctx.db.$executeRaw`REINDEX TABLE "Shift"`;
      return { ok: true };
    } catch (err) {
      // expect: error-details-leak
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: (err as Error).message });
    }
  }),
});
