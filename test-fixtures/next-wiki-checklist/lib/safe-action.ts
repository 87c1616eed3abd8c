import { createSafeActionClient } from 'next-safe-action';
import { auth } from '@/lib/auth';

export const actionClient = createSafeActionClient({
  handleServerError: () => 'Something went wrong',
});

// Every authed action gets the signed-in member in ctx.
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  return next({ ctx: { user: session.user } });
});
