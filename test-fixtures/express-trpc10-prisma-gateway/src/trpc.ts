import { initTRPC, TRPCError } from '@trpc/server';
import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import { prisma } from './lib/prisma';

export function createContext({ req, res }: CreateExpressContextOptions) {
  return { req, session: req.session, user: res.locals.user as { id: string; teamId: string; role: string } | undefined, prisma };
}

type Context = ReturnType<typeof createContext>;

const t = initTRPC.context<Context>().create();

export const router = t.router;
// The members' API is behind requireSession in server.ts: procedures there need no middleware of their own.
export const procedure = t.procedure;

export const ownerProcedure = t.procedure.use(({ ctx, next }) => {
  if (ctx.user?.role !== 'owner') throw new TRPCError({ code: 'FORBIDDEN' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
