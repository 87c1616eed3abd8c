import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import { z } from 'zod';
import { GraphQLError } from 'graphql';
import nodemailer from 'nodemailer';
import type { Context } from '../context';
import { logger } from '../lib';
import { authed, managersOnly, requireViewer } from '../auth/guards';
import { signAccessToken, newResetToken } from '../auth/tokens';

const mailer = nodemailer.createTransport({
  host: 'smtp.fleetops.example',
  port: 587,
  // expect: hardcoded-secret
  auth: { user: 'no-reply', pass: 'Fl33tOps-Mailer-2024' },
});

const Signup = z.object({
  orgName: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(12).max(200),
});

const sessionCookie = { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' as const, maxAge: 12 * 3600_000 };

export const userResolvers = {
  Query: {
    // ok: missing-auth
    me: async (_parent: unknown, _args: unknown, ctx: Context) => {
      if (!ctx.viewer) return null;
      return ctx.prisma.user.findUnique({ where: { id: ctx.viewer.id } });
    },

    // ok: missing-auth, missing-role-check
    users: managersOnly(async (_parent, _args, ctx) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.user.findMany({ where: { orgId: ctx.viewer.orgId }, orderBy: { name: 'asc' } });
    }),
  },

  Mutation: {
    // ok: missing-auth
    // expect: missing-rate-limit
    login: async (_parent: unknown, { email, password }: { email: string; password: string }, ctx: Context) => {
      const user = await ctx.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
        throw new GraphQLError('Invalid email or password', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      const token = signAccessToken({ sub: user.id, orgId: user.orgId, role: user.role });
      // ok: insecure-cookie
      ctx.res.cookie('fleet_session', token, sessionCookie);
      return { token, user };
    },

    // ok: missing-auth, missing-input-validation
    // expect: missing-rate-limit
    signup: async (_parent: unknown, args: unknown, ctx: Context) => {
      const input = Signup.parse(args);
      const passwordHash = await bcrypt.hash(input.password, 12);
      const org = await ctx.prisma.organization.create({ data: { name: input.orgName } });
      const user = await ctx.prisma.user.create({
        data: { email: input.email.toLowerCase(), name: input.name, passwordHash, role: 'OWNER', orgId: org.id },
      });
      const token = signAccessToken({ sub: user.id, orgId: org.id, role: 'OWNER' });
      // expect: insecure-cookie
      ctx.res.cookie('fleet_session', token, { maxAge: 12 * 3600_000 });
      return { token, user };
    },

    // ok: missing-auth
    // expect: missing-rate-limit
    requestPasswordReset: async (_parent: unknown, { email }: { email: string }, ctx: Context) => {
      const user = await ctx.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
      if (!user) return true;
      const { token, tokenHash } = newResetToken();
      await ctx.prisma.resetToken.create({ data: { tokenHash, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
      const link = `https://app.fleetops.example/reset?token=${token}`;
      // expect: token-logging
      logger.info(`password reset requested for ${user.email}: ${link}`);
      await mailer.sendMail({ to: user.email, subject: 'Reset your password', text: link });
      return true;
    },

    // ok: missing-auth
    // expect: missing-rate-limit
    resetPassword: async (_parent: unknown, { token, password }: { token: string; password: string }, ctx: Context) => {
      const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
      const row = await ctx.prisma.resetToken.findUnique({ where: { tokenHash } });
      if (!row || row.expiresAt < new Date()) throw new GraphQLError('Link expired', { extensions: { code: 'BAD_USER_INPUT' } });
      if (password.length < 12) throw new GraphQLError('Password too short', { extensions: { code: 'BAD_USER_INPUT' } });
      await ctx.prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await bcrypt.hash(password, 12) } });
      await ctx.prisma.resetToken.delete({ where: { id: row.id } });
      return true;
    },

    // ok: missing-auth
    logout: (_parent: unknown, _args: unknown, ctx: Context) => {
      ctx.res.clearCookie('fleet_session');
      return true;
    },

    // ok: missing-auth
    // expect: missing-rate-limit
    inviteDriver: authed(async (_parent, { email, name }: { email: string; name: string }, ctx) => {
      const tempHash = await bcrypt.hash(crypto.randomUUID(), 10);
      const driver = await ctx.prisma.user.create({
        data: { email: z.string().email().parse(email), name: z.string().min(1).max(80).parse(name), passwordHash: tempHash, role: 'DRIVER', orgId: ctx.viewer.orgId },
      });
      await mailer.sendMail({ to: driver.email, subject: 'You have been invited to FleetOps', text: 'Sign in to get started.' });
      return driver;
    }),

    // ok: missing-auth
    // expect: missing-role-check
    setUserRole: authed(async (_parent, { userId, role }: { userId: string; role: 'OWNER' | 'ADMIN' | 'DISPATCHER' | 'DRIVER' }, ctx) => {
      // expect: unscoped-tenant-query
      return ctx.prisma.user.update({ where: { id: userId }, data: { role } });
    }),

    // ok: missing-auth, missing-role-check
    removeUser: managersOnly(async (_parent, { userId }: { userId: string }, ctx) => {
      if (userId === ctx.viewer.id) throw new GraphQLError('You cannot remove yourself', { extensions: { code: 'BAD_USER_INPUT' } });
      // ok: unscoped-tenant-query
      const { count } = await ctx.prisma.user.deleteMany({ where: { id: userId, orgId: ctx.viewer.orgId } });
      return count > 0;
    }),

    // ok: missing-auth, missing-role-check
    impersonate: async (_parent: unknown, { userId }: { userId: string }, ctx: Context) => {
      const viewer = requireViewer(ctx);
      if (viewer.role !== 'OWNER') {
        throw new GraphQLError('Only owners may impersonate', { extensions: { code: 'FORBIDDEN' } });
      }
      // ok: unscoped-tenant-query
      const target = await ctx.prisma.user.findFirst({ where: { id: userId, orgId: viewer.orgId } });
      if (!target) throw new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } });
      return { token: signAccessToken({ sub: target.id, orgId: target.orgId, role: target.role }, '30m'), user: target };
    },
  },
};
