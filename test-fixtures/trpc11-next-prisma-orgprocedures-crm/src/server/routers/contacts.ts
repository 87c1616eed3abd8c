import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, orgProcedure, protectedProcedure } from '../trpc';

const contactInput = z.object({
  name: z.string().min(1).max(200),
  email: z.string().email().optional(),
  phone: z.string().max(40).optional(),
  notes: z.string().max(5000).optional(),
});

export const contactsRouter = createTRPCRouter({
  list: orgProcedure
    .input(z.object({ search: z.string().optional() }).optional())
    .query(({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.contact.findMany({
        where: { orgId: ctx.orgId, name: input?.search ? { contains: input.search } : undefined },
        orderBy: { createdAt: 'desc' },
        take: 100,
      });
    }),

  byId: orgProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const contact = await ctx.prisma.contact.findFirst({ where: { id: input.id, orgId: ctx.orgId } });
    if (!contact) throw new TRPCError({ code: 'NOT_FOUND' });
    return contact;
  }),

  // written before orgProcedure existed: any signed-in user can read any organization's contact
  // ok: missing-auth
  legacyById: protectedProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.prisma.contact.findUnique({ where: { id: input.id }, include: { deals: true } });
  }),

  // ok: missing-input-validation
  create: orgProcedure.input(contactInput).mutation(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.prisma.contact.create({ data: { ...input, orgId: ctx.orgId } });
  }),

  update: orgProcedure
    .input(contactInput.partial().extend({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...data } = input;
      // ok: unscoped-tenant-query
      const existing = await ctx.prisma.contact.findUnique({ where: { id } });
      if (!existing || existing.orgId !== ctx.orgId) throw new TRPCError({ code: 'NOT_FOUND' });
      // ok: unscoped-tenant-query
      return ctx.prisma.contact.update({ where: { id: existing.id }, data });
    }),

  // ok: missing-auth
  remove: protectedProcedure.input(z.object({ id: z.string() })).mutation(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.prisma.contact.delete({ where: { id: input.id } });
  }),

  // free-text notes pasted from the browser extension, no schema
  // expect: missing-input-validation
  appendNote: orgProcedure.input((raw) => raw as { id: string; note: string }).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.prisma.contact.updateMany({
      where: { id: input.id, orgId: ctx.orgId },
      data: { notes: input.note },
    });
  }),
});
