import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { createTRPCRouter, protectedProcedure, publicProcedure, contactProcedure } from '../trpc';
import { listContactNotes } from '../../services/contacts';

export const contactRouter = createTRPCRouter({
  // ok: missing-auth
  list: protectedProcedure.input(z.object({ teamId: z.string() })).query(async ({ ctx, input }) => {
    const membership = await ctx.db.membership.findFirst({ where: { teamId: input.teamId, userId: ctx.session.user.id } });
    if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
    // ok: unscoped-tenant-query
    return ctx.db.contact.findMany({ where: { teamId: input.teamId } });
  }),

  // the contact comes from the context contactProcedure filled (checked against the caller's team)
  // ok: missing-auth
  notes: contactProcedure.input(z.object({ contactId: z.string() })).query(({ ctx }) => listContactNotes({ contactId: ctx.contact.id })),

  // ok: missing-auth
  byId: protectedProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.db.contact.findUnique({ where: { id: input.id } });
  }),

  // a leftover from the prototype
  // expect: missing-auth
  all: publicProcedure.query(({ ctx }) => {
    return ctx.db.contact.findMany({ take: 100 });
  }),

  remove: protectedProcedure.input(z.object({ id: z.string(), teamId: z.string() })).mutation(async ({ ctx, input }) => {
    const membership = await ctx.db.membership.findFirst({ where: { teamId: input.teamId, userId: ctx.session.user.id } });
    if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
    // ok: unscoped-tenant-query
    return ctx.db.contact.deleteMany({ where: { id: input.id, teamId: input.teamId } });
  }),
});
