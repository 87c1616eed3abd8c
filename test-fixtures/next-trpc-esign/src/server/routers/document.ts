import { z } from 'zod';
import { router, authenticatedProcedure } from '../trpc';
import { prisma } from '../db';

export const documentRouter = router({
  // ok: missing-auth, unscoped-tenant-query
  mine: authenticatedProcedure.query(({ ctx }) =>
    prisma.document.findMany({ where: { team: { members: { some: { userId: ctx.user.id } } } } }),
  ),

  rename: authenticatedProcedure.input(z.object({ id: z.string(), title: z.string().min(1) })).mutation(({ input }) =>
    // expect: unscoped-tenant-query
    prisma.document.update({ where: { id: input.id }, data: { title: input.title } }),
  ),
});
