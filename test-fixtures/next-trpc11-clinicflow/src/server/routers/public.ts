import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { publicProcedure, router } from '../trpc';
import { sendResetEmail } from '../mailer';

export const publicRouter = router({
  // ok: missing-auth
  clinicDirectory: publicProcedure.query(({ ctx }) =>
    ctx.db.organization.findMany({ where: { listed: true }, select: { name: true, slug: true } }),
  ),

  // expect: missing-auth
  invoiceStatus: publicProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    ctx.db.invoice.findUnique({ where: { id: input.id }, select: { status: true, totalCents: true } }),
  ),

  // expect: missing-rate-limit
  requestPasswordReset: publicProcedure.input(z.object({ email: z.string().email() })).mutation(async ({ ctx, input }) => {
    const user = await ctx.db.user.findUnique({ where: { email: input.email } });
    if (user) await sendResetEmail(user.email, randomBytes(32).toString('hex'));
    return { ok: true };
  }),
});
