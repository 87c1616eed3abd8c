import { createSafeActionClient } from 'next-safe-action';
import { auth } from '@/auth';

export class ActionError extends Error {}

export const actionClient = createSafeActionClient({
  handleServerError(e) {
    if (e instanceof ActionError) return e.message;
    return 'Something went wrong';
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user) {
    throw new ActionError('Not signed in');
  }
  return next({ ctx: { user: session.user } });
});

export const partnerActionClient = authActionClient.use(async ({ next, ctx }) => {
  if (ctx.user.role !== 'PARTNER' && ctx.user.role !== 'ADMIN') {
    throw new ActionError('Partners only');
  }
  return next();
});
