import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { router, procedure } from '../trpc';
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
});
