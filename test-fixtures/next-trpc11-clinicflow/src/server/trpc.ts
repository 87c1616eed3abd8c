import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';

import { db } from './db';
import { getSession } from './session';

export async function createContext(opts: { req: Request; resHeaders: Headers }) {
  const session = await getSession();
  return { db, session, headers: opts.req.headers };
}

type Context = Awaited<ReturnType<typeof createContext>>;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: { ...shape.data, zodError: error.cause instanceof ZodError ? error.cause.flatten() : null },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;

const isAuthed = middleware(({ ctx, next }) => {
  if (!ctx.session) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { session: ctx.session } });
});

const withMembership = middleware(async ({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED' });
  const membership = await ctx.db.membership.findFirst({
    where: { userId: ctx.session.userId, orgId: ctx.session.orgId },
  });
  if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
  return next({ ctx: { session: ctx.session, orgId: membership.orgId, role: membership.role } });
});

export const publicProcedure = t.procedure;
export const protectedProcedure = t.procedure.use(isAuthed);
export const orgProcedure = t.procedure.use(withMembership);
export const adminProcedure = orgProcedure.use(({ ctx, next }) => {
  if (ctx.role !== 'ADMIN' && ctx.role !== 'OWNER') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Clinic admins only' });
  }
  return next();
});
