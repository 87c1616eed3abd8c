import { z } from 'zod';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, protectedProcedure, publicProcedure, rateLimitedProcedure } from '../trpc';

export const accountRouter = createTRPCRouter({
  // expect: missing-rate-limit
  register: publicProcedure
    .input(z.object({ email: z.string().email(), password: z.string().min(10), name: z.string().max(80) }))
    .mutation(async ({ ctx, input }) => {
      const exists = await ctx.db.user.findUnique({ where: { email: input.email } });
      if (exists) throw new TRPCError({ code: 'CONFLICT', message: 'Email already registered' });
      const passwordHash = await bcrypt.hash(input.password, 12);
      const user = await ctx.db.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      return { id: user.id };
    }),

  // ok: missing-auth, missing-rate-limit
  requestReset: rateLimitedProcedure
    .input(z.object({ email: z.string().email() }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUnique({ where: { email: input.email } });
      if (!user) return { ok: true };
      const token = crypto.randomBytes(32).toString('hex');
      await ctx.db.resetToken.create({
        data: { userId: user.id, token, expiresAt: new Date(Date.now() + 3600_000) },
      });
      // expect: token-logging
      console.info(`password reset for ${user.email}: /reset?token=${token}`);
      return { ok: true };
    }),

  // ok: missing-auth
  me: protectedProcedure.query(({ ctx }) => {
    // ok: unscoped-tenant-query
    return ctx.db.user.findUnique({
      where: { id: ctx.session.user.id },
      select: { id: true, email: true, name: true, role: true, activeTeamId: true },
    });
  }),

  // ok: missing-auth, missing-input-validation
  updateProfile: protectedProcedure
    .input(z.object({ name: z.string().min(1).max(80) }))
    .mutation(({ ctx, input }) => {
      return ctx.db.user.update({ where: { id: ctx.session.user.id }, data: { name: input.name } });
    }),
});
