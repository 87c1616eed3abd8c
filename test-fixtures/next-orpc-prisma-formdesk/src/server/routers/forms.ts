import { ORPCError } from '@orpc/server';
import { z } from 'zod';
import { prisma } from '../db';
import { authedProcedure, publicProcedure } from '../orpc';
import { getModeInWorkspace, isWriteForbidden } from '../helpers/workspaceAccess';

export const formsRouter = {
  // ok: missing-auth
  list: authedProcedure
    .route({ method: 'GET', path: '/v1/workspaces/{workspaceId}/forms' })
    .input(z.object({ workspaceId: z.string() }))
    .handler(async ({ input, context }) => {
      const workspace = await prisma.workspace.findUnique({ where: { id: input.workspaceId }, include: { members: true } });
      if (getModeInWorkspace(context.user.id, workspace?.members) === 'guest' || !workspace) throw new ORPCError('NOT_FOUND');
      // ok: unscoped-tenant-query
      return prisma.form.findMany({ where: { workspaceId: workspace.id } });
    }),

  create: authedProcedure
    .route({ method: 'POST', path: '/v1/workspaces/{workspaceId}/forms' })
    .input(z.object({ workspaceId: z.string(), title: z.string().min(1).max(200) }))
    .handler(async ({ input, context }) => {
      const workspace = await prisma.workspace.findUnique({ where: { id: input.workspaceId }, include: { members: true } });
      if (!workspace || isWriteForbidden(workspace, context.user)) throw new ORPCError('NOT_FOUND');
      return prisma.form.create({ data: { workspaceId: workspace.id, title: input.title } });
    }),

  // the workspace is loaded, but nobody checks the caller belongs to it
  rename: authedProcedure
    .input(z.object({ workspaceId: z.string(), formId: z.string(), title: z.string().max(200) }))
    .handler(async ({ input }) => {
      // expect: unscoped-tenant-query
      const workspace = await prisma.workspace.findUnique({ where: { id: input.workspaceId } });
      if (!workspace) throw new ORPCError('NOT_FOUND');
      // expect: unscoped-tenant-query
      return prisma.form.update({ where: { id: input.formId, workspaceId: input.workspaceId }, data: { title: input.title } });
    }),

  // expect: missing-auth
  remove: publicProcedure
    .input(z.object({ formId: z.string() }))
    .handler(async ({ input }) => {
      await prisma.submission.deleteMany({ where: { formId: input.formId } });
      return prisma.form.delete({ where: { id: input.formId } });
    }),

  // the public link of a form is unique across all workspaces: only whether it is taken is answered
  isPublicIdAvailable: authedProcedure
    .input(z.object({ publicId: z.string().min(3) }))
    .handler(async ({ input }) => {
      // ok: unscoped-tenant-query
      const taken = await prisma.form.count({ where: { publicId: input.publicId } });
      return { isAvailable: !taken };
    }),

  // ok: missing-auth
  getPublished: publicProcedure
    .route({ method: 'GET', path: '/v1/public/forms/{publicId}' })
    .input(z.object({ publicId: z.string() }))
    .handler(async ({ input }) => {
      // ok: unscoped-tenant-query
      const form = await prisma.form.findFirst({ where: { publicId: input.publicId, published: true }, select: { id: true, title: true } });
      if (!form) throw new ORPCError('NOT_FOUND');
      return form;
    }),
};
