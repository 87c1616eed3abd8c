import { z } from 'zod';

import { validateNewFlag } from '../../services/flagValidation';
import { createTRPCRouter, protectedProcedure, protectedProjectProcedure, taggedProcedure } from '../trpc';

const DEMO_PROJECT_IDS = (process.env.DEMO_PROJECT_IDS ?? '').split(',').filter(Boolean);

export const flagsRouter = createTRPCRouter({
  all: protectedProjectProcedure.input(z.object({ projectId: z.string() })).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.prisma.flag.findMany({ where: { projectId: input.projectId }, orderBy: { key: 'asc' } });
  }),

  byId: protectedProjectProcedure
    .input(z.object({ projectId: z.string(), flagId: z.string() }))
    .query(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.flag.findFirst({ where: { id: input.flagId, projectId: input.projectId } });
    }),

  create: protectedProjectProcedure
    .input(z.object({ projectId: z.string(), key: z.string(), description: z.string().max(500).optional(), segmentId: z.string().optional() }))
    .mutation(async ({ ctx, input }) => {
      await validateNewFlag(input);
      return ctx.prisma.flag.create({ data: { projectId: input.projectId, key: input.key, description: input.description } });
    }),

  toggle: protectedProjectProcedure
    .input(z.object({ projectId: z.string(), flagId: z.string(), enabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.prisma.flag.updateMany({ where: { id: input.flagId, projectId: input.projectId }, data: { enabled: input.enabled } });
    }),

  // the middleware only tags traces with the project id: any signed-in user reads any project's flags
  recent: taggedProcedure.input(z.object({ projectId: z.string() })).query(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.prisma.flag.findMany({ where: { projectId: input.projectId }, orderBy: { createdAt: 'desc' }, take: 20 });
  }),

  // signed in, but no membership check of the project whose flags are deleted
  purge: protectedProcedure.input(z.object({ projectId: z.string() })).mutation(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.prisma.flag.deleteMany({ where: { projectId: input.projectId, enabled: false } });
  }),

  // the evaluations one end-user session of the customer's app saw (the SDK's session id, sent in the input)
  evaluationsForSession: protectedProjectProcedure
    .input(z.object({ projectId: z.string(), sessionId: z.string().max(200) }))
    .query(({ ctx, input }) => {
      // ok: token-logging
      console.info('evaluations requested', { projectId: input.projectId, sessionId: input.sessionId });
      // ok: unscoped-tenant-query
      return ctx.prisma.flag.findMany({ where: { projectId: input.projectId, enabled: true }, select: { key: true, rollout: true } });
    }),

  // the demo projects the server names, shown to every signed-in user as templates
  demoProjects: protectedProcedure.query(({ ctx }) => {
    // ok: unscoped-tenant-query
    return ctx.prisma.project.findMany({ where: { id: { in: DEMO_PROJECT_IDS } }, select: { id: true, name: true } });
  }),
});
