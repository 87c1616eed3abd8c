import { z } from 'zod';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '../trpc';

export const noteRouter = createTRPCRouter({
  // ok: missing-auth
  hello: publicProcedure.query(() => ({ greeting: 'hello' })),

  // ok: unscoped-tenant-query
  mine: protectedProcedure.query(({ ctx }) => ctx.db.note.findMany({ where: { userId: ctx.session.user.id } })),

  update: protectedProcedure.input(z.object({ id: z.string(), body: z.string() })).mutation(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.db.note.update({ where: { id: input.id }, data: { body: input.body } });
  }),
});
