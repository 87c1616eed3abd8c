import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { procedure, router } from '../trpc';

export const notesRouter = router({
  // ok: missing-auth, unscoped-tenant-query
  list: procedure.query(({ ctx }) => ctx.prisma.note.findMany({ where: { teamId: ctx.user!.teamId }, orderBy: { updatedAt: 'desc' } })),

  // ok: missing-auth, unscoped-tenant-query, missing-input-validation
  create: procedure.input(z.object({ title: z.string().min(1).max(200), body: z.string().max(20_000) })).mutation(({ ctx, input }) =>
    ctx.prisma.note.create({ data: { ...input, teamId: ctx.user!.teamId, authorId: ctx.user!.id } }),
  ),

  // ok: missing-auth
  byId: procedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    const note = await ctx.prisma.note.findUnique({ where: { id: input.id } });
    if (!note || note.teamId !== ctx.user!.teamId) throw new TRPCError({ code: 'NOT_FOUND' });
    return note;
  }),

  // ok: missing-auth
  remove: procedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    await ctx.prisma.note.delete({ where: { id: input.id } });
    return { ok: true };
  }),
});
