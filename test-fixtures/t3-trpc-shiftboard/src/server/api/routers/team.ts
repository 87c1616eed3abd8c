import { z } from 'zod';
import crypto from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '../trpc';
import { requireManager, requireMembership } from '../team-access';
import { ratelimit } from '../../ratelimit';

export const teamRouter = createTRPCRouter({
  // ok: missing-auth
  mine: protectedProcedure.query(({ ctx }) => {
    // ok: unscoped-tenant-query
    return ctx.db.membership.findMany({
      where: { userId: ctx.session.user.id },
      include: { team: true },
    });
  }),

  // ok: missing-auth
  members: protectedProcedure.input(z.object({ teamId: z.string() })).query(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.db.membership.findMany({
      where: { teamId: input.teamId },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
  }),

  // ok: missing-auth
  locations: protectedProcedure.query(({ ctx }) => {
    // ok: unscoped-tenant-query
    return ctx.db.location.findMany({ where: { teamId: ctx.session.user.activeTeamId } });
  }),

  // ok: missing-auth, missing-input-validation
  renameLocation: protectedProcedure
    .input(z.object({ id: z.string(), name: z.string().min(1).max(80) }))
    .mutation(async ({ ctx, input }) => {
      // expect: unscoped-tenant-query
      return ctx.db.location.update({ where: { id: input.id }, data: { name: input.name } });
    }),

  // ok: missing-auth, missing-rate-limit
  inviteMember: protectedProcedure
    .input(z.object({ email: z.string().email() }))
    .mutation(async ({ ctx, input }) => {
      const { success } = await ratelimit.limit(`invite:${ctx.session.user.id}`);
      if (!success) throw new TRPCError({ code: 'TOO_MANY_REQUESTS' });
      const teamId = ctx.session.user.activeTeamId;
      await requireManager(ctx.db, ctx.session.user.id, teamId);
      return ctx.db.invite.create({
        data: { teamId, email: input.email, token: crypto.randomBytes(24).toString('hex') },
      });
    }),

  // expect: missing-role-check
  updateMemberRole: protectedProcedure
    .input(z.object({ userId: z.string(), role: z.enum(['MEMBER', 'MANAGER']) }))
    .mutation(async ({ ctx, input }) => {
      const teamId = ctx.session.user.activeTeamId;
      await requireMembership(ctx.db, ctx.session.user.id, teamId);
      // ok: unscoped-tenant-query
      return ctx.db.membership.update({
        where: { userId_teamId: { userId: input.userId, teamId } },
        data: { role: input.role },
      });
    }),

  // ok: missing-auth, missing-role-check
  removeMember: protectedProcedure
    .input(z.object({ userId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const teamId = ctx.session.user.activeTeamId;
      await requireManager(ctx.db, ctx.session.user.id, teamId);
      // ok: unscoped-tenant-query
      await ctx.db.membership.delete({
        where: { userId_teamId: { userId: input.userId, teamId } },
      });
      return { ok: true };
    }),

  // public on purpose, but nothing tells a reader that team names are public data
  // expect: missing-auth
  publicProfile: publicProcedure.input(z.object({ teamId: z.string() })).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.team.findUnique({ where: { id: input.teamId }, select: { id: true, name: true } });
  }),

  // expect: missing-auth
  invitesForTeam: publicProcedure.input(z.object({ teamId: z.string() })).query(({ ctx, input }) => {
    return ctx.db.invite.findMany({ where: { teamId: input.teamId } });
  }),

  // ok: missing-auth
  switchTeam: protectedProcedure.input(z.object({ teamId: z.string() })).mutation(async ({ ctx, input }) => {
    await requireMembership(ctx.db, ctx.session.user.id, input.teamId);
    // ok: unscoped-tenant-query
    return ctx.db.user.update({
      where: { id: ctx.session.user.id },
      data: { activeTeamId: input.teamId },
    });
  }),
});
