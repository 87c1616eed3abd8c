import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import type { PrismaClient } from '@prisma/client';
import { createTRPCRouter, protectedProcedure } from '../trpc';

async function grantForOrg(db: PrismaClient, id: string, orgId: string) {
  // ok: unscoped-tenant-query
  const grant = await db.grant.findFirst({ where: { id, orgId } });
  if (!grant) throw new TRPCError({ code: 'NOT_FOUND' });
  return grant;
}

const grantInput = z.object({
  title: z.string().min(3).max(200),
  funder: z.string().min(2),
  amount: z.number().int().positive(),
  deadline: z.coerce.date(),
});

export const grantRouter = createTRPCRouter({
  // ok: missing-auth
  list: protectedProcedure.query(({ ctx }) =>
    // ok: unscoped-tenant-query
    ctx.db.grant.findMany({ where: { orgId: ctx.session.user.orgId }, orderBy: { deadline: 'asc' } }),
  ),

  byId: protectedProcedure.input(z.object({ id: z.string().cuid() })).query(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const grant = await ctx.db.grant.findFirst({ where: { id: input.id, orgId: ctx.session.user.orgId } });
    if (!grant) throw new TRPCError({ code: 'NOT_FOUND' });
    return grant;
  }),

  // Used by the deadline reminder card.
  summary: protectedProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) =>
    // expect: unscoped-tenant-query
    ctx.db.grant.findUnique({ where: { id: input.id }, select: { title: true, amount: true, deadline: true, notes: true } }),
  ),

  // ok: missing-input-validation
  create: protectedProcedure.input(grantInput).mutation(({ ctx, input }) =>
    ctx.db.grant.create({ data: { ...input, orgId: ctx.session.user.orgId } }),
  ),

  // expect: missing-input-validation
  updateNotes: protectedProcedure
    .input((raw) => raw as { id: string; notes: string })
    .mutation(({ ctx, input }) =>
      // ok: unscoped-tenant-query
      ctx.db.grant.updateMany({ where: { id: input.id, orgId: ctx.session.user.orgId }, data: { notes: input.notes } }),
    ),

  // the dashboard compares a handful of grants side by side
  compare: protectedProcedure.input(z.object({ ids: z.array(z.string()).max(5) })).query(({ ctx, input }) =>
    // expect: unscoped-tenant-query
    ctx.db.grant.findMany({ where: { id: { in: input.ids } }, select: { id: true, title: true, amount: true, notes: true } }),
  ),

  withApplications: protectedProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    const grant = await grantForOrg(ctx.db, input.id, ctx.session.user.orgId);
    // ok: unscoped-tenant-query
    const applications = await ctx.db.application.findMany({ where: { grantId: grant.id } });
    return { ...grant, applications };
  }),

  remove: protectedProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const grant = await ctx.db.grant.findUnique({ where: { id: input.id }, select: { orgId: true } });
    if (!grant || grant.orgId !== ctx.session.user.orgId) throw new TRPCError({ code: 'NOT_FOUND' });
    // ok: unscoped-tenant-query
    await ctx.db.grant.delete({ where: { id: input.id } });
    return { ok: true };
  }),
});
