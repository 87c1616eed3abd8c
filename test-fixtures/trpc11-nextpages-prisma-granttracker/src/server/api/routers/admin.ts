import { z } from 'zod';
import { randomBytes } from 'crypto';
import { serialize } from 'cookie';
import { SignJWT } from 'jose';
import { adminProcedure, createTRPCRouter, protectedProcedure } from '../trpc';

export const adminRouter = createTRPCRouter({
  // ok: missing-role-check
  members: adminProcedure.query(({ ctx }) =>
    // ok: unscoped-tenant-query
    ctx.db.user.findMany({ where: { orgId: ctx.session.user.orgId }, select: { id: true, email: true, role: true } }),
  ),

  // ok: missing-role-check
  setRole: adminProcedure
    .input(z.object({ userId: z.string(), role: z.enum(['member', 'admin']) }))
    .mutation(({ ctx, input }) =>
      // ok: unscoped-tenant-query
      ctx.db.user.updateMany({ where: { id: input.userId, orgId: ctx.session.user.orgId }, data: { role: input.role } }),
    ),

  // expect: missing-role-check
  removeMember: protectedProcedure.input(z.object({ userId: z.string() })).mutation(({ ctx, input }) =>
    // ok: unscoped-tenant-query
    ctx.db.user.deleteMany({ where: { id: input.userId, orgId: ctx.session.user.orgId } }),
  ),

  // ok: missing-role-check
  impersonate: adminProcedure.input(z.object({ userId: z.string() })).mutation(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    const target = await ctx.db.user.findUniqueOrThrow({ where: { id: input.userId } });
    const token = await new SignJWT({ sub: target.id, orgId: target.orgId, act: ctx.session.user.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(process.env.NEXTAUTH_SECRET));
    // expect: insecure-cookie
    ctx.res.setHeader('Set-Cookie', serialize('impersonation_token', token, { path: '/', maxAge: 3600 }));
    return { ok: true };
  }),

  // expect: missing-rate-limit
  invite: adminProcedure.input(z.object({ email: z.string().email() })).mutation(async ({ ctx, input }) => {
    const token = randomBytes(24).toString('base64url');
    await ctx.db.invite.create({
      data: { email: input.email, token, orgId: ctx.session.user.orgId, expiresAt: new Date(Date.now() + 7 * 864e5) },
    });
    const link = `${process.env.NEXTAUTH_URL}/invite/${token}`;
    // expect: token-logging
    console.info(`[invite] ${input.email} -> ${link}`);
    return { sent: true };
  }),
});
