import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { publicProcedure, router } from '../trpc';
import { sendResetEmail } from '../mailer';
import { rateLimited } from '../ratelimit';
import bcrypt from 'bcryptjs';

export const publicRouter = router({
  // ok: missing-auth
  clinicDirectory: publicProcedure.query(({ ctx }) =>
    ctx.db.organization.findMany({ where: { listed: true }, select: { name: true, slug: true } }),
  ),

  // expect: missing-auth
  invoiceStatus: publicProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    ctx.db.invoice.findUnique({ where: { id: input.id }, select: { status: true, totalCents: true } }),
  ),

  // ok: missing-auth, missing-rate-limit
  registerClinic: publicProcedure
    .use(rateLimited)
    .input(z.object({ clinicName: z.string().min(2).max(120), email: z.string().email(), password: z.string().min(12) }))
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await bcrypt.hash(input.password, 12);
      const org = await ctx.db.organization.create({ data: { name: input.clinicName, slug: input.clinicName.toLowerCase().replace(/\W+/g, '-') } });
      const user = await ctx.db.user.create({ data: { email: input.email, passwordHash } });
      await ctx.db.membership.create({ data: { userId: user.id, orgId: org.id, role: 'OWNER' } });
      return { orgId: org.id };
    }),

  // expect: missing-rate-limit
  requestPasswordReset: publicProcedure.input(z.object({ email: z.string().email() })).mutation(async ({ ctx, input }) => {
    const user = await ctx.db.user.findUnique({ where: { email: input.email } });
    if (user) await sendResetEmail(user.email, randomBytes(32).toString('hex'));
    return { ok: true };
  }),
});
