import { z } from 'zod';
import { prisma } from '../db';
import { authedProcedure, publicProcedure } from '../orpc';

type Signed = { context: { user: { id: string } } };

// every procedure of this router runs behind requireUser, whichever builder it was made with
export const reportsRouter = authedProcedure.router({
  // ok: missing-auth
  myForms: publicProcedure.handler(async ({ context }: Signed) =>
    prisma.form.findMany({ where: { workspace: { members: { some: { userId: context.user.id } } } }, select: { id: true, title: true } }),
  ),
  // ok: missing-auth
  submissionsPerDay: publicProcedure
    .input(z.object({ formId: z.string() }))
    .handler(async ({ input, context }: Signed & { input: { formId: string } }) => {
      // ok: unscoped-tenant-query
      const form = await prisma.form.findFirst({ where: { id: input.formId, workspace: { members: { some: { userId: context.user.id } } } } });
      if (!form) return [];
      return prisma.submission.groupBy({ by: ['createdAt'], where: { formId: form.id }, _count: true });
    }),
});
