'use server';

import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { actionClient } from '@/lib/safe-action';

// the "this wasn't me" link in the email-change notice: whoever holds the emailed token may cancel it
// ok: missing-auth
export const cancelEmailChangeAction = actionClient
  .inputSchema(z.object({ token: z.string().min(32) }))
  .action(async ({ parsedInput }) => {
    await prisma.emailChangeRequest.deleteMany({ where: { token: parsedInput.token } });
    return { ok: true };
  });

// forgot to check the caller: anyone may move any pending change to an address of their choosing
// expect: missing-auth
export const retargetEmailChangeAction = actionClient
  .inputSchema(z.object({ requestId: z.string(), email: z.string().email() }))
  .action(async ({ parsedInput }) => {
    await prisma.emailChangeRequest.update({ where: { id: parsedInput.requestId }, data: { newEmail: parsedInput.email } });
    return { ok: true };
  });
