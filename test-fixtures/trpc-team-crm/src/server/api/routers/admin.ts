import { z } from 'zod';
import { adminProcedure, createTRPCRouter, protectedProcedure } from '../trpc';

export const adminRouter = createTRPCRouter({
  // ok: missing-role-check
  users: adminProcedure.query(({ ctx }) => ctx.db.user.findMany({ select: { id: true, email: true, role: true } })),

  // expect: missing-role-check
  deleteTeam: protectedProcedure.input(z.object({ teamId: z.string() })).mutation(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.db.team.delete({ where: { id: input.teamId } });
  }),
});
