import { z } from 'zod';
import { prisma } from '../db';
import { adminProcedure, authedProcedure } from '../orpc';

export const adminRouter = {
  // ok: missing-role-check
  listWorkspaces: adminProcedure.handler(async () => prisma.workspace.findMany({ select: { id: true, name: true, plan: true } })),

  // expect: missing-role-check
  setPlan: authedProcedure
    .input(z.object({ workspaceId: z.string(), plan: z.enum(['free', 'pro', 'team']) }))
    // expect: unscoped-tenant-query
    .handler(async ({ input }) => prisma.workspace.update({ where: { id: input.workspaceId }, data: { plan: input.plan } })),
};
