import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { prisma } from '../../lib/db';
import { getProjectAccess } from '../access';
import { createTRPCRouter, protectedProcedure, publicProcedure } from '../trpc';

export const dashboardRouter = createTRPCRouter({
  list: protectedProcedure.input(z.object({ projectId: z.string() })).query(({ input }) =>
    // ok: unscoped-tenant-query
    prisma.dashboard.findMany({ where: { projectId: input.projectId } }),
  ),

  rename: protectedProcedure.input(z.object({ id: z.string(), name: z.string().min(1) })).mutation(async ({ input, ctx }) => {
    // ok: unscoped-tenant-query
    const dashboard = await prisma.dashboard.findUniqueOrThrow({ where: { id: input.id } });
    const access = await getProjectAccess({ projectId: dashboard.projectId, userId: ctx.session.userId! });
    if (!access) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'No access to this dashboard' });
    }
    // ok: unscoped-tenant-query
    return prisma.dashboard.update({ where: { id: input.id }, data: { name: input.name } });
  }),

  // the id names no project or organization, so the tenant middleware asks nothing about it
  remove: protectedProcedure.input(z.object({ id: z.string() })).mutation(async ({ input }) => {
    // expect: unscoped-tenant-query
    await prisma.dashboard.delete({ where: { id: input.id } });
    return true;
  }),

  // the public procedure runs no tenant middleware: anyone may list any project's dashboards
  // expect: missing-auth
  forProject: publicProcedure.input(z.object({ projectId: z.string() })).query(({ input }) =>
    prisma.dashboard.findMany({ where: { projectId: input.projectId } }),
  ),
});
