'use server';

import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { actionClient } from '@/lib/safe-action';
import { getSession } from '@/lib/auth';

const throwIfAuthenticated = async ({ next }: { next: () => Promise<unknown> }) => {
  const session = await getSession();
  if (session) throw new Error('You are already signed in.');
  return next();
};

// the sign-in form asks which methods an address can use before showing the password field
// ok: missing-auth
export const checkAccountAction = actionClient
  .inputSchema(z.object({ email: z.string().email() }))
  .use(throwIfAuthenticated)
  .action(async ({ parsedInput }) => {
    const user = await prisma.user.findUnique({ where: { email: parsedInput.email }, select: { id: true } });
    return { exists: !!user };
  });
