import { z } from 'zod';
import { ownerProcedure, procedure, router } from '../trpc';

export const teamRouter = router({
  // ok: missing-auth
  members: procedure.query(({ ctx }) => ctx.prisma.user.findMany({ where: { teamId: ctx.user!.teamId }, select: { id: true, name: true, role: true } })),

  // ok: missing-role-check, missing-auth
  removeMember: ownerProcedure.input(z.object({ userId: z.string() })).mutation(({ ctx, input }) =>
    ctx.prisma.user.deleteMany({ where: { id: input.userId, teamId: ctx.user.teamId } }),
  ),

  // expect: missing-role-check
  setRole: procedure.input(z.object({ userId: z.string(), role: z.enum(['member', 'owner']) })).mutation(({ ctx, input }) =>
    ctx.prisma.user.updateMany({ where: { id: input.userId, teamId: ctx.user!.teamId }, data: { role: input.role } }),
  ),
});
