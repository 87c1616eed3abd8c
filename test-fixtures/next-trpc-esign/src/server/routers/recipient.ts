import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { router, procedure, authenticatedProcedure } from '../trpc';
import { prisma } from '../db';

/** What a signer does from the link in their email: the token in the link is the credential. */
export const recipientRouter = router({
  // ok: missing-rate-limit, missing-auth
  completeDocumentWithToken: procedure.input(z.object({ token: z.string().min(32) })).mutation(async ({ input }) => {
    const recipient = await prisma.recipient.findUnique({ where: { token: input.token } });
    if (!recipient) throw new TRPCError({ code: 'NOT_FOUND' });
    await prisma.recipient.update({ where: { id: recipient.id }, data: { signedAt: new Date() } });
    return { documentId: recipient.documentId };
  }),

  // The sender decides who signs and who only receives a copy: a signing role, not a permission.
  setRole: authenticatedProcedure
    .input(z.object({ documentId: z.string(), recipientId: z.string(), role: z.enum(['SIGNER', 'APPROVER', 'CC']) }))
    // ok: missing-role-check
    .mutation(async ({ ctx, input }) => {
      const document = await prisma.document.findFirst({ where: { id: input.documentId, team: { members: { some: { userId: ctx.user.id } } } } });
      if (!document) throw new TRPCError({ code: 'NOT_FOUND' });
      return prisma.recipient.updateMany({ where: { id: input.recipientId, documentId: document.id }, data: { role: input.role } });
    }),
});
