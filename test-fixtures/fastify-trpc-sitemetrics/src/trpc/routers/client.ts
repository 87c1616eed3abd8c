import { z } from 'zod';
import { randomBytes, createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { prisma } from '../../lib/db';
import { getClientAccess } from '../access';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const clientRouter = createTRPCRouter({
  list: protectedProcedure.input(z.object({ projectId: z.string() })).query(({ input }) =>
    // ok: unscoped-tenant-query
    prisma.apiClient.findMany({ where: { projectId: input.projectId }, select: { id: true, name: true } }),
  ),

  rename: protectedProcedure.input(z.object({ id: z.string(), name: z.string() })).mutation(async ({ input, ctx }) => {
    const allowed = await getClientAccess({ userId: ctx.session.userId!, clientId: input.id });
    if (!allowed) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'No access to this client' });
    }
    // ok: unscoped-tenant-query
    return prisma.apiClient.update({ where: { id: input.id }, data: { name: input.name } });
  }),

  rotateSecret: protectedProcedure.input(z.object({ id: z.string() })).mutation(async ({ input }) => {
    const secret = randomBytes(24).toString('hex');
    // expect: unscoped-tenant-query
    await prisma.apiClient.update({ where: { id: input.id }, data: { secretHash: createHash('sha256').update(secret).digest('hex') } });
    return { secret };
  }),
});
