import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { createTRPCRouter, publicProcedure } from '../trpc';

const inviteLimiter = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, '1 m') });

export const fundingRouter = createTRPCRouter({
  // ok: missing-auth
  openCalls: publicProcedure.query(({ ctx }) =>
    ctx.db.fundingCall.findMany({ where: { published: true, closesAt: { gt: new Date() } }, orderBy: { closesAt: 'asc' } }),
  ),

  // ok: missing-auth
  call: publicProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    ctx.db.fundingCall.findFirst({ where: { id: input.id, published: true } }),
  ),

  // Embedded on a partner's "our funding" page.
  // expect: missing-auth
  orgPortfolio: publicProcedure.input(z.object({ orgId: z.string() })).query(({ ctx, input }) =>
    ctx.db.grant.findMany({ where: { orgId: input.orgId }, select: { title: true, funder: true, amount: true, notes: true } }),
  ),

  // ok: missing-auth, missing-rate-limit
  acceptInvite: publicProcedure.input(z.object({ token: z.string().min(20) })).mutation(async ({ ctx, input }) => {
    const { success } = await inviteLimiter.limit(`invite:${ctx.ip ?? 'anon'}`);
    if (!success) throw new TRPCError({ code: 'TOO_MANY_REQUESTS' });
    const invite = await ctx.db.invite.findUnique({ where: { token: input.token } });
    if (!invite || invite.expiresAt < new Date()) throw new TRPCError({ code: 'NOT_FOUND' });
    await ctx.db.user.upsert({
      where: { email: invite.email },
      update: { orgId: invite.orgId },
      create: { email: invite.email, orgId: invite.orgId },
    });
    await ctx.db.invite.delete({ where: { id: invite.id } });
    return { ok: true };
  }),
});
