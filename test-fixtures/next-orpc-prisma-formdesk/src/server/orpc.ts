import { os, ORPCError } from '@orpc/server';
import { auth } from '@/auth';

export type Context = { headers: Headers };

const base = os.$context<Context>().errors({ UNAUTHORIZED: {}, FORBIDDEN: {}, NOT_FOUND: {} });

const requireUser = base.middleware(async ({ context, next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new ORPCError('UNAUTHORIZED');
  return next({ context: { ...context, user: { id: session.user.id, email: session.user.email ?? '', isAdmin: session.user.isAdmin === true } } });
});

const requireAdmin = base.middleware(async ({ context, next }) => {
  const user = (context as { user?: { isAdmin: boolean } }).user;
  if (!user?.isAdmin) throw new ORPCError('FORBIDDEN');
  return next();
});

export const publicProcedure = base;
export const authedProcedure = base.use(requireUser);
export const adminProcedure = authedProcedure.use(requireAdmin);
