import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, protectedProcedure } from '../trpc';

async function requireMembership(db: any, userId: string, teamId: string) {
  const membership = await db.membership.findFirst({ where: { userId, teamId } });
  if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
  return membership;
}

export const teamRouter = createTRPCRouter({
  // Each invitation sends an email: without a limit, a member can mail anyone, endlessly.
  // expect: missing-rate-limit
  invite: protectedProcedure.input(z.object({ teamId: z.string(), email: z.string().email() })).mutation(async ({ ctx, input }) => {
    await requireMembership(ctx.db, ctx.session.user.id, input.teamId);
    return ctx.db.invitation.create({ data: { teamId: input.teamId, email: input.email } });
  }),

  // Withdrawing a pending invitation sends nothing.
  // ok: missing-rate-limit
  deleteInvite: protectedProcedure.input(z.object({ teamId: z.string(), inviteId: z.string() })).mutation(async ({ ctx, input }) => {
    await requireMembership(ctx.db, ctx.session.user.id, input.teamId);
    return ctx.db.invitation.deleteMany({ where: { id: input.inviteId, teamId: input.teamId } });
  }),
});
