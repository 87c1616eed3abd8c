import { ORPCError } from '@orpc/server';
import { z } from 'zod';
import { prisma } from '../db';
import { authedProcedure, publicProcedure } from '../orpc';
import { isWriteForbidden } from '../helpers/workspaceAccess';

export const submissionsRouter = {
  // respondents are anonymous: a published form takes answers from anyone
  // ok: missing-auth
  submit: publicProcedure
    .route({ method: 'POST', path: '/v1/public/forms/{publicId}/submissions' })
    .input(z.object({ publicId: z.string(), answers: z.record(z.string(), z.string().max(5000)) }))
    .handler(async ({ input }) => {
      const form = await prisma.form.findFirst({ where: { publicId: input.publicId, published: true } });
      if (!form) throw new ORPCError('NOT_FOUND');
      await prisma.submission.create({ data: { formId: form.id, answers: input.answers } });
      return { ok: true };
    }),

  list: authedProcedure
    .route({ method: 'GET', path: '/v1/forms/{formId}/submissions' })
    .input(z.object({ formId: z.string() }))
    .handler(async ({ input, context }) => {
      const form = await prisma.form.findUnique({ where: { id: input.formId }, include: { workspace: { include: { members: true } } } });
      if (!form || isWriteForbidden(form.workspace, context.user)) throw new ORPCError('NOT_FOUND');
      return prisma.submission.findMany({ where: { formId: form.id }, orderBy: { createdAt: 'desc' } });
    }),

  // expect: missing-input-validation
  importAnswers: authedProcedure
    .route({ method: 'POST', path: '/v1/forms/{formId}/submissions/import' })
    .handler(async ({ input, context }) => {
      const { formId, rows } = input as { formId: string; rows: Record<string, string>[] };
      const form = await prisma.form.findUnique({ where: { id: formId }, include: { workspace: { include: { members: true } } } });
      if (!form || isWriteForbidden(form.workspace, context.user)) throw new ORPCError('NOT_FOUND');
      await prisma.submission.createMany({ data: rows.map((answers) => ({ formId: form.id, answers })) });
      return { imported: rows.length };
    }),

  // expect: missing-rate-limit
  export: authedProcedure
    .route({ method: 'GET', path: '/v1/forms/{formId}/submissions/export' })
    .input(z.object({ formId: z.string() }))
    // expect: unscoped-tenant-query
    .handler(async ({ input }) => prisma.form.findUnique({ where: { id: input.formId }, include: { submissions: true } })),
};
