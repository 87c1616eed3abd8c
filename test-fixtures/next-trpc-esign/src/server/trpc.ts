import { initTRPC, TRPCError } from '@trpc/server';
import { getSession } from './auth';
import { prisma } from './db';

export const createContext = async () => {
  const session = await getSession();
  return { prisma, session };
};

const t = initTRPC.context<typeof createContext>().create();

export const router = t.router;
export const procedure = t.procedure;

export const authenticatedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session?.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  }
  return next({ ctx: { ...ctx, user: ctx.session.user as { id: string; email: string } } });
});
