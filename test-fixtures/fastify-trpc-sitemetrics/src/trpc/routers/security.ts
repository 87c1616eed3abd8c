import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { prisma } from '../../lib/db';
import { verifyTotpCode } from '../../auth/totp';
import { createTRPCRouter, protectedProcedure } from '../trpc';

const pendingSecrets = new Map<string, string>();

export const securityRouter = createTRPCRouter({
  // a signed-in user starting the setup gets a new secret; no code is entered here
  // ok: missing-rate-limit
  totpSetup: protectedProcedure.mutation(async ({ ctx }) => {
    const secret = randomBytes(20).toString('hex');
    pendingSecrets.set(ctx.session.userId!, secret);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: ctx.session.userId! }, select: { email: true } });
    return { otpauthUrl: `otpauth://totp/SiteMetrics:${user.email}?secret=${secret}` };
  }),

  // six digits guessed at as fast as the client can post them
  // expect: missing-rate-limit
  totpVerify: protectedProcedure.input(z.object({ code: z.string().length(6) })).mutation(async ({ ctx, input }) => {
    const secret = pendingSecrets.get(ctx.session.userId!);
    if (!secret || !verifyTotpCode(secret, input.code)) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid code' });
    }
    pendingSecrets.delete(ctx.session.userId!);
    return { enabled: true };
  }),
});
