import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, protectedProcedure } from '../trpc';
import { requireManager, requireMembership } from '../team-access';

const shiftInput = z.object({
  locationId: z.string().cuid(),
  assigneeId: z.string().cuid().nullable(),
  startsAt: z.date(),
  endsAt: z.date(),
  notes: z.string().max(500).optional(),
});

export const shiftRouter = createTRPCRouter({
  // ok: missing-auth
  list: protectedProcedure
    .input(z.object({ from: z.date(), to: z.date() }))
    .query(({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.db.shift.findMany({
        where: {
          teamId: ctx.session.user.activeTeamId,
          startsAt: { gte: input.from, lt: input.to },
        },
        orderBy: { startsAt: 'asc' },
      });
    }),

  // ok: missing-auth
  listForTeam: protectedProcedure
    .input(z.object({ teamId: z.string() }))
    .query(async ({ ctx, input }) => {
      await requireMembership(ctx.db, ctx.session.user.id, input.teamId);
      // ok: unscoped-tenant-query
      return ctx.db.shift.findMany({ where: { teamId: input.teamId } });
    }),

  // ok: missing-auth
  byId: protectedProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    const shift = await ctx.db.shift.findUnique({
      where: { id: input.id },
      include: { location: true },
    });
    if (!shift) throw new TRPCError({ code: 'NOT_FOUND' });
    return shift;
  }),

  // ok: missing-auth, missing-input-validation
  create: protectedProcedure.input(shiftInput).mutation(async ({ ctx, input }) => {
    const teamId = ctx.session.user.activeTeamId;
    await requireManager(ctx.db, ctx.session.user.id, teamId);
    return ctx.db.shift.create({ data: { ...input, teamId } });
  }),

  // ok: missing-auth, missing-input-validation
  update: protectedProcedure
    .input(shiftInput.partial().extend({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...data } = input;
      // ok: unscoped-tenant-query
      const existing = await ctx.db.shift.findFirst({
        where: { id, teamId: ctx.session.user.activeTeamId },
      });
      if (!existing) throw new TRPCError({ code: 'NOT_FOUND' });
      // ok: unscoped-tenant-query
      return ctx.db.shift.update({ where: { id: existing.id }, data });
    }),

  // ok: missing-auth
  remove: protectedProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    await ctx.db.shift.delete({ where: { id: input.id } });
    return { ok: true };
  }),

  // ok: missing-auth
  claim: protectedProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const shift = await ctx.db.shift.findUnique({ where: { id: input.id } });
    if (!shift || shift.teamId !== ctx.session.user.activeTeamId) {
      throw new TRPCError({ code: 'NOT_FOUND' });
    }
    // ok: unscoped-tenant-query
    return ctx.db.shift.update({
      where: { id: shift.id },
      data: { assigneeId: ctx.session.user.id },
    });
  }),

  // expect: missing-rate-limit
  exportCsv: protectedProcedure.query(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const shifts = await ctx.db.shift.findMany({
      where: { teamId: ctx.session.user.activeTeamId },
      include: { location: true },
    });
    return shifts
      .map((s) => [s.id, s.location.name, s.startsAt.toISOString(), s.endsAt.toISOString()].join(','))
      .join('\n');
  }),
});
