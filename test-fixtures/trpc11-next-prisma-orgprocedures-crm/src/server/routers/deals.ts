import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, orgProcedure, protectedProcedure } from '../trpc';
import { toServiceCtx } from '../services/context';
import { archiveDeal, reopenDeal, unwatchDeal } from '../services/deals';

const STAGES = ['lead', 'qualified', 'proposal', 'won', 'lost'] as const;

export const dealsRouter = createTRPCRouter({
  board: orgProcedure.query(({ ctx }) => {
    const scope = { orgId: ctx.orgId };
    // ok: unscoped-tenant-query
    return ctx.prisma.deal.findMany({ where: scope, include: { contact: { select: { name: true } } } });
  }),

  forContact: orgProcedure.input(z.object({ contactId: z.string() })).query(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const contact = await ctx.prisma.contact.findFirst({ where: { id: input.contactId, orgId: ctx.orgId } });
    if (!contact) throw new TRPCError({ code: 'NOT_FOUND' });
    // ok: unscoped-tenant-query
    return ctx.prisma.deal.findMany({ where: { contactId: contact.id } });
  }),

  create: orgProcedure
    .input(z.object({ contactId: z.string(), title: z.string().min(1), valueCents: z.number().int().nonnegative() }))
    .mutation(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const contact = await ctx.prisma.contact.findFirst({ where: { id: input.contactId, orgId: ctx.orgId } });
      if (!contact) throw new TRPCError({ code: 'NOT_FOUND' });
      // ok: unscoped-tenant-query, missing-input-validation
      return ctx.prisma.deal.create({ data: { ...input, orgId: ctx.orgId } });
    }),

  moveStage: protectedProcedure
    .input(z.object({ dealId: z.string(), stage: z.enum(STAGES) }))
    .mutation(({ ctx, input }) => {
      // expect: unscoped-tenant-query
      return ctx.prisma.deal.update({ where: { id: input.dealId }, data: { stage: input.stage } });
    }),

  // pipeline totals per stage for the caller's organization
  totals: orgProcedure.query(({ ctx }) =>
    // ok: unscoped-tenant-query
    ctx.prisma.deal.groupBy({ by: ['stage'], where: { orgId: ctx.orgId }, _sum: { valueCents: true } }),
  ),

  // the header's organization was checked by orgProcedure, but the query reads the one in the input
  forecast: orgProcedure.input(z.object({ orgId: z.string() })).query(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.prisma.deal.findMany({ where: { orgId: input.orgId, stage: { in: ['qualified', 'proposal'] } } });
  }),

  // the org switcher: any organization the caller belongs to, checked inline
  pipelineOf: protectedProcedure.input(z.object({ orgId: z.string() })).query(async ({ ctx, input }) => {
    const membership = await ctx.prisma.membership.findUnique({
      where: { orgId_userId: { orgId: input.orgId, userId: ctx.session.user.id } },
    });
    if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
    // ok: unscoped-tenant-query
    return ctx.prisma.deal.findMany({ where: { orgId: input.orgId } });
  }),

  byOrg: protectedProcedure.input(z.object({ orgId: z.string() })).query(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.prisma.deal.findMany({ where: { orgId: input.orgId } });
  }),

  archive: orgProcedure.input(z.object({ dealId: z.string() })).mutation(({ ctx, input }) =>
    archiveDeal({ ctx: toServiceCtx(ctx), input: { dealId: input.dealId } }),
  ),

  reopen: orgProcedure.input(z.object({ dealId: z.string() })).mutation(({ ctx, input }) =>
    reopenDeal({ ctx: toServiceCtx(ctx), input: { dealId: input.dealId } }),
  ),

  unwatch: orgProcedure.input(z.object({ dealId: z.string(), userId: z.string() })).mutation(async ({ ctx, input }) => {
    const removed = await unwatchDeal({ ctx: toServiceCtx(ctx), input: { dealId: input.dealId, userId: input.userId } });
    return { removed };
  }),
});
