import { z } from 'zod';
import bcrypt from 'bcryptjs';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, publicProcedure } from '../trpc';
import { signupLimiter } from '../lib/ratelimit';

export const publicRouter = createTRPCRouter({
  // ok: missing-auth, missing-rate-limit
  signUp: publicProcedure
    .input(z.object({ email: z.string().email(), password: z.string().min(10), orgName: z.string().min(2).max(80) }))
    .mutation(async ({ ctx, input }) => {
      const ip = ctx.headers.get('x-forwarded-for') ?? 'anon';
      const { success } = await signupLimiter.limit(ip);
      if (!success) throw new TRPCError({ code: 'TOO_MANY_REQUESTS' });
      const passwordHash = await bcrypt.hash(input.password, 12);
      // ok: token-logging
      console.info('new signup', { email: input.email, org: input.orgName });
      const user = await ctx.prisma.user.create({ data: { email: input.email, passwordHash } });
      const org = await ctx.prisma.organization.create({
        data: { name: input.orgName, slug: input.orgName.toLowerCase().replace(/[^a-z0-9]+/g, '-') },
      });
      await ctx.prisma.membership.create({ data: { orgId: org.id, userId: user.id, role: 'OWNER' } });
      return { ok: true };
    }),

  // ok: missing-auth
  plans: publicProcedure.query(() => [
    { id: 'starter', priceCents: 0 },
    { id: 'team', priceCents: 2900 },
  ]),

  // "share a deal with the client" — no share token, just the raw id
  // expect: missing-auth
  dealPreview: publicProcedure.input(z.object({ dealId: z.string() })).query(({ ctx, input }) =>
    ctx.prisma.deal.findUnique({ where: { id: input.dealId }, select: { title: true, valueCents: true, stage: true } }),
  ),

  // expect: missing-rate-limit
  login: publicProcedure
    .input(z.object({ email: z.string().email(), password: z.string() }))
    .mutation(async ({ ctx, input }) => {
      // expect: token-logging
      console.log(`login attempt ${input.email} / ${input.password}`);
      const user = await ctx.prisma.user.findUnique({ where: { email: input.email } });
      if (!user || !(await bcrypt.compare(input.password, user.passwordHash))) {
        throw new TRPCError({ code: 'UNAUTHORIZED' });
      }
      return { id: user.id };
    }),
});
