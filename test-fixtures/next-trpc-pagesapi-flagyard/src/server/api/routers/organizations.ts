import { z } from 'zod';

import { createTRPCRouter, protectedOrgProcedure } from '../trpc';

export const organizationsRouter = createTRPCRouter({
  projects: protectedOrgProcedure.input(z.object({ orgId: z.string() })).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.prisma.project.findMany({ where: { orgId: input.orgId }, select: { id: true, name: true } });
  }),

  members: protectedOrgProcedure.input(z.object({ orgId: z.string() })).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.prisma.organizationMembership.findMany({ where: { orgId: input.orgId }, include: { user: { select: { email: true, name: true } } } });
  }),

  // the org was checked; the project named beside it was not (it may belong to another organization)
  renameProject: protectedOrgProcedure
    .input(z.object({ orgId: z.string(), projectId: z.string(), name: z.string().min(1).max(80) }))
    .mutation(({ ctx, input }) => {
      // expect: unscoped-tenant-query
      return ctx.prisma.project.update({ where: { id: input.projectId }, data: { name: input.name } });
    }),
});
