import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { prisma } from '../../lib/db';
import { getOrganizationAccess } from '../access';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const organizationRouter = createTRPCRouter({
  usage: protectedProcedure.input(z.object({ organizationId: z.string() })).query(async ({ input }) => {
    // ok: unscoped-tenant-query
    const org = await prisma.organization.findUniqueOrThrow({ where: { id: input.organizationId }, include: { projects: true } });
    return { plan: org.plan, projects: org.projects.length };
  }),

  rename: protectedProcedure.input(z.object({ id: z.string(), name: z.string() })).mutation(async ({ input, ctx }) => {
    const access = await getOrganizationAccess({ userId: ctx.session.userId!, organizationId: input.id });
    if (access?.role !== 'admin') {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Only admins can rename the organization' });
    }
    // ok: unscoped-tenant-query
    return prisma.organization.update({ where: { id: input.id }, data: { name: input.name } });
  }),
});
